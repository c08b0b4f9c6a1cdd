using System.Linq;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Emitting;

namespace SpecForge.Core.Tests.Emitting;

/// <summary>The check behind the escaping: whatever slipped past it is neutralized and reported, never left to inject.</summary>
public sealed class SourceGuardTests
{
    // Code points rather than strings: a lone surrogate does not survive as test case data.
    [Theory]
    [InlineData(0x2028)]
    [InlineData(0x2029)]
    [InlineData(0x0085)]
    [InlineData(0x0000)]
    [InlineData(0x202A)]
    [InlineData(0x202E)]
    [InlineData(0x2066)]
    [InlineData(0x2069)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void Finds_each_forbidden_character(int forbidden)
    {
        var source = "/// <summary>x" + (char)forbidden + "public static int Injected => 42; //</summary>";

        Assert.Equal("/// <summary>x".Length, SourceGuard.FindForbidden(source));
    }

    [Fact]
    public void Lets_generated_code_of_any_script_through()
    {
        Assert.Equal(-1, SourceGuard.FindForbidden("// ünïcödé 名前 🎉 \uD83D\uDE00 \u0084 \u0086 \u2027 \u202F \u2065 \u206A\r\n\t"));
    }

    [Fact]
    public void Neutralizes_every_forbidden_character_with_its_escape()
    {
        var source = "a\u2028b\uD800c\uD83D\uDE00d\u202E";

        var neutralized = SourceGuard.Neutralize(source, SourceGuard.FindForbidden(source));

        Assert.Equal("a\\u2028b\\uD800c\uD83D\uDE00d\\u202E", neutralized);
        Assert.Equal(-1, SourceGuard.FindForbidden(neutralized));
        Assert.Equal(2, SourceGuard.LineOf("x\ny\u2028", 3));
    }

    [Fact]
    public void A_file_that_slipped_past_the_escaping_is_neutralized_and_reported_as_a_bug()
    {
        // Templates are trusted, so an override is the one way to put a raw line separator into a file on purpose.
        var template = new TemplateOverride("Dto.Members.sbncs", "/templates/Dto.Members.sbncs", "        // a comment\u2028public static int Injected => 42; //\n");
        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/pets.yaml", PetsSpec, "Pets", "PetsClient", rootNamespace: null));

        var emitted = SpecPipeline.Emit(parsed.Model!, new[] { template }.ToEquatableArray(), Core.Emitting.EmitOptions.Latest);

        var dto = emitted.Files.Single(f => f.HintName == "PetsClient.Models.P.g.cs");
        Assert.Contains("// a comment\\u2028public static int Injected => 42; //", dto.Source);
        Assert.Equal(-1, SourceGuard.FindForbidden(dto.Source));
        var bug = Assert.Single(emitted.Diagnostics, d => d.Id == DiagnosticCatalog.InternalError);
        Assert.Equal("PetsClient.Models.P.g.cs", bug.FilePath);
        Assert.Contains("U+2028", bug.Message);
        Assert.Equal(dto.Source.Split('\n').ToList().FindIndex(l => l.Contains("\\u2028", System.StringComparison.Ordinal)) + 1, bug.Line);
    }

    private const string PetsSpec = """
        openapi: 3.0.3
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: "#/components/schemas/Pet" }
        components:
          schemas:
            Pet:
              type: object
              properties:
                name: { type: string }
        """;
}
