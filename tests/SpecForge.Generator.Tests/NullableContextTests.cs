using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Core.Emitting;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// Generated files declare nullable annotations without the compiler's nullable analysis of their bodies, unless the
/// project sets SpecForgeNullableWarnings (as every other test here does, so the code is still checked).
/// </summary>
public sealed class NullableContextTests
{
    private const string Spec = """
        openapi: 3.0.0
        info: { title: T, version: "1" }
        paths:
          /things:
            get:
              operationId: listThings
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { type: array, items: { $ref: "#/components/schemas/Thing" } }
        components:
          schemas:
            Thing:
              type: object
              properties:
                name: { type: string, nullable: true, maxLength: 5 }
        """;

    // A member whose body returns a maybe-null string where a non-null one is promised: CS8603 when analysed.
    private const string NullableMistake = "\n        public string Mistake() { string? value = null; return value; }\n";

    [Fact]
    public void By_default_every_file_declares_annotations_only_and_still_compiles_without_warnings()
    {
        var (_, result, output) = Run(warnings: null);

        var sources = GeneratorHarness.Sources(result).ToList();
        Assert.Contains(sources, s => s.HintName.Contains(".SpecForge.", System.StringComparison.Ordinal));
        Assert.All(sources, s =>
        {
            Assert.Contains(NullableDirectives.AnnotationsOnly, s.Text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("\n" + NullableDirectives.Full, s.Text, System.StringComparison.Ordinal);
        });
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        // The API still says what may be null.
        var name = (IPropertySymbol)output.GetTypeByMetadataName("Api.Thing")!.GetMembers("Name").Single();
        Assert.Equal(NullableAnnotation.Annotated, name.NullableAnnotation);
    }

    [Fact]
    public void The_compiler_checks_generated_code_only_when_the_project_asks()
    {
        var (_, _, quiet) = Run(warnings: null, extraMembers: NullableMistake);
        var (_, checkedResult, strict) = Run(warnings: "true", extraMembers: NullableMistake);

        Assert.DoesNotContain(quiet.GetDiagnostics(), d => d.Id == "CS8603");
        Assert.Contains(strict.GetDiagnostics(), d => d.Id == "CS8603");
        Assert.All(GeneratorHarness.Sources(checkedResult), s => Assert.DoesNotContain("#nullable disable warnings", s.Text, System.StringComparison.Ordinal));
    }

    private static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(string? warnings, string? extraMembers = null)
    {
        var files = new List<TestFile> { new("/specs/api.yaml", Spec) };
        if (extraMembers is not null)
        {
            files.Add(new TestFile("/repo/MyTemplates/Dto.Members.sbncs", extraMembers, Kind: "Template"));
        }

        // The harness turns the warnings on for every other test; "false" is a project that does not set the property.
        var global = new Dictionary<string, string> { [GeneratorHarness.NullableWarningsProperty] = warnings ?? "false" };
        return GeneratorHarness.Run(files, globalOptions: global);
    }
}
