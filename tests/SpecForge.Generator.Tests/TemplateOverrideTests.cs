using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>A &lt;SpecForgeTemplate&gt; whose file name equals a default template's replaces it.</summary>
public sealed class TemplateOverrideTests
{
    private const string Spec = """
        openapi: 3.0.0
        info: { title: T, version: "1" }
        paths: {}
        components:
          schemas:
            Thing:
              type: object
              properties:
                name: { type: string }
        """;

    [Fact]
    public void A_hook_override_adds_members_to_every_record()
    {
        var hook = "\n        /// <summary>Added by the user's template.</summary>\n        public string Describe() => \"{{ TypeName }}\";\n";

        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", Spec),
            new TestFile("/repo/MyTemplates/Dto.Members.sbncs", hook, Kind: "Template"),
        });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var thing = output.GetTypeByMetadataName("Api.Thing")!;
        Assert.Single(thing.GetMembers("Describe"));
        Assert.Contains("=> \"Thing\";", GeneratorHarness.Sources(result).Single(s => s.HintName == "ApiClient.Models.T.g.cs").Text);
    }

    [Fact]
    public void A_whole_template_can_be_replaced()
    {
        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", Spec),
            // The converter reads and writes the record's members, so a replacement still declares them.
            new TestFile(
                "/repo/MyTemplates/Dto.sbncs",
                "{{ render \"FileHeader\" }}\nnamespace {{ Namespace }} { public sealed partial record {{ TypeName }} { {{ for property in Properties }}public {{ property.TypeName }} {{ property.Name }} { get; init; } = default!; {{ end }}public bool Replaced => true; } }",
                Kind: "Template"),
        });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var thing = output.GetTypeByMetadataName("Api.Thing");
        Assert.NotNull(thing);
        Assert.True(thing!.IsSealed);
        Assert.NotEmpty(thing.GetMembers("Replaced"));
    }

    [Fact]
    public void Records_become_classes_with_one_override_of_Dto_Kind()
    {
        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/types.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("types-v30.yaml")), Namespace: "Types", ClientName: "TypesClient"),
            new TestFile("/repo/MyTemplates/Dto.Kind.sbncs", "class\n", Kind: "Template"),
        });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var records = GeneratorHarness.Sources(result).Where(s => s.HintName.StartsWith("TypesClient.Models.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(records);
        Assert.DoesNotContain(records, s => s.Text.Contains(" partial record ", StringComparison.Ordinal));
        var dtos = output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(t => t.ContainingNamespace.ToDisplayString() == "Types" && t.TypeKind == TypeKind.Class && t.GetMembers("JsonConverter").Length == 1 && !t.Name.EndsWith("Client", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(dtos);
        Assert.All(dtos, t => Assert.False(t.IsRecord, t.Name + " is still a record"));
        Assert.Contains(dtos, t => t.BaseType?.ContainingNamespace.ToDisplayString() == "Types");
    }

    [Fact]
    public void An_interface_hook_joins_the_base_record_in_one_base_list()
    {
        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/types.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("types-v30.yaml")), Namespace: "Types", ClientName: "TypesClient"),
            new TestFile("/repo/MyTemplates/Dto.Interfaces.sbncs", "global::System.IEquatable<{{ TypeName }}>\n\n{{ if !HasBase }}global::System.IFormattable{{ end }}\n", Kind: "Template"),
            new TestFile("/repo/MyTemplates/Dto.Members.sbncs", "{{~ if !HasBase ~}}\n        /// <inheritdoc/>\n        public string ToString(string? format, global::System.IFormatProvider? formatProvider) => ToString();\n{{~ end ~}}\n", Kind: "Template"),
        });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var sources = GeneratorHarness.Sources(result).ToDictionary(s => s.HintName, s => s.Text);
        Assert.Contains("public abstract partial record Vehicle : global::Types.SpecForge.Validation.IValidatable, global::System.IEquatable<Vehicle>, global::System.IFormattable\n", sources["TypesClient.Models.V.g.cs"]);
        Assert.Contains("public partial record Car : Vehicle, global::System.IEquatable<Car>\n", sources["TypesClient.Models.C.g.cs"]);
        Assert.Contains(output.GetTypeByMetadataName("Types.Car")!.AllInterfaces, i => i.Name == "IFormattable");
    }

    [Fact]
    public void Client_members_hook_adds_the_signature_to_the_interface_and_the_body_to_the_class()
    {
        var members = "{{~ if IsInterface ~}}\n        /// <summary>Pings.</summary>\n        int Ping();\n{{~ else ~}}\n        /// <inheritdoc/>\n        public int Ping() => {{ Client.Operations.size }};\n{{~ end ~}}\n";

        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", Spec),
            new TestFile("/repo/MyTemplates/Client.Members.sbncs", members, Kind: "Template"),
        });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var ping = Assert.Single(output.GetTypeByMetadataName("Api.IApiClient")!.GetMembers("Ping"));
        Assert.True(ping.IsAbstract);
        var implementation = Assert.Single(output.GetTypeByMetadataName("Api.ApiClient")!.GetMembers("Ping"));
        Assert.False(implementation.IsAbstract);
        Assert.Contains("public int Ping() => 0;", GeneratorHarness.Sources(result).Single(s => s.HintName == "ApiClient.Client.g.cs").Text);
    }

    [Fact]
    public void Request_and_response_hooks_run_in_every_operation()
    {
        const string Paths = """
            openapi: 3.0.0
            info: { title: T, version: "1" }
            paths:
              /a: { get: { operationId: getA, responses: { "204": { description: ok } } } }
              /b: { delete: { operationId: deleteB, responses: { "204": { description: ok } } } }
            """;

        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", Paths),
            new TestFile("/repo/MyTemplates/Client.PrepareRequest.sbncs", "            httpRequest.Headers.TryAddWithoutValidation(\"X-Operation\", \"{{ MethodBase }}\");\n", Kind: "Template"),
            new TestFile("/repo/MyTemplates/Client.ProcessResponse.sbncs", "            global::System.Diagnostics.Debug.WriteLine(httpResponse.StatusCode);\n", Kind: "Template"),
        });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var client = GeneratorHarness.Sources(result).Single(s => s.HintName == "ApiClient.Client.g.cs").Text;
        Assert.Contains("\"X-Operation\", \"GetA\"", client);
        Assert.Contains("\"X-Operation\", \"DeleteB\"", client);
        Assert.Equal(2, client.Split("Debug.WriteLine(httpResponse.StatusCode)").Length - 1);
        Assert.True(client.IndexOf("X-Operation", StringComparison.Ordinal) < client.IndexOf("Transport.SendAsync", StringComparison.Ordinal));
        Assert.Contains("private async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> GetASendAsync(", client);
    }

    [Fact]
    public void A_hook_may_await()
    {
        const string Paths = """
            openapi: 3.0.0
            info: { title: T, version: "1" }
            paths:
              /a: { get: { operationId: getA, responses: { "200": { description: ok, content: { application/json: { schema: { type: string } } } } } } }
            """;

        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", Paths),
            new TestFile("/repo/MyTemplates/Client.ProcessResponse.sbncs", "            await global::System.Threading.Tasks.Task.Yield();\n", Kind: "Template"),
        });

        GeneratedCode.AssertCleanAndCompiles(result, output);
    }

    [Fact]
    public void Without_hooks_no_operation_method_is_async()
    {
        const string Paths = """
            openapi: 3.0.0
            info: { title: T, version: "1" }
            paths:
              /a: { get: { operationId: getA, responses: { "200": { description: ok, content: { application/json: { schema: { type: string } } } }, "404": { description: gone, content: { text/plain: { schema: { type: string } } } } } } }
              /b: { delete: { operationId: deleteB, responses: { "204": { description: ok } } } }
            """;

        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/api.yaml", Paths) });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var client = GeneratorHarness.Sources(result).Single(s => s.HintName == "ApiClient.Client.g.cs").Text;
        Assert.Contains("SendAsync(GetARequest, ", client);
        Assert.Contains(".Text(\"404\")", client);
        var asyncMethods = client.Split('\n').Where(line => line.Contains(" async ", StringComparison.Ordinal)).ToList();
        Assert.All(asyncMethods, line => Assert.Matches(@" (?:AuthorizeAsync|ApplyAsync)\(", line));
    }

    [Fact]
    public void A_template_that_renders_itself_is_SF3002_not_a_stack_overflow()
    {
        var (_, result, _) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", Spec),
            new TestFile("/repo/MyTemplates/Dto.Members.sbncs", "// again\n{{ render \"Dto.Members\" }}", Kind: "Template"),
        });

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "SF3002");
        Assert.Contains("nested 32 deep", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("/repo/MyTemplates/Dto.Members.sbncs", diagnostic.Location.GetLineSpan().Path);
        Assert.All(result.Results, r => Assert.Null(r.Exception));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_type_an_override_declares_is_kept_from_schemas_when_the_override_reserves_it(bool reserves)
    {
        const string Spec = """
            openapi: 3.0.0
            info: { title: T, version: "1" }
            paths: {}
            components:
              schemas:
                ApiClientExtras: { type: object, properties: { id: { type: string } } }
            """;
        var options = (reserves ? "{{ # reserves: {ClientName}Extras }}\n" : string.Empty)
            + "namespace {{ Namespace }}\n{\n    /// <summary>Options.</summary>\n    public partial class {{ ClientName }}Options : {{ Runtime }}.ApiClientOptions { }\n\n"
            + "    /// <summary>A type of the user's own.</summary>\n    public static class {{ ClientName }}Extras { }\n}\n";

        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            new TestFile("/specs/api.yaml", Spec),
            new TestFile("/repo/MyTemplates/ClientOptions.sbncs", options, Kind: "Template"),
        });

        if (reserves)
        {
            GeneratedCode.AssertCleanAndCompiles(result, output);
            Assert.True(output.GetTypeByMetadataName("Api.ApiClientExtras")!.IsStatic);
            Assert.DoesNotContain(GeneratorHarness.Sources(result), s => s.HintName.Contains(".Models.", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(s.Text, @"partial record ApiClientExtras\b"));
        }
        else
        {
            Assert.Contains(output.GetDiagnostics(), d => d.Id == "CS0101");
        }
    }
}
