using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// A value that may be one of several scalar types becomes a union, as the README promises: <c>oneOf</c> of scalars
/// (which Microsoft.OpenApi folds into type flags) and 3.1's <c>type: [string, integer]</c> alike.
/// </summary>
public sealed class ScalarUnionTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: Scalars, version: "1" }
        paths:
          /things:
            get:
              operationId: getThings
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          idOrName: { oneOf: [ { type: string }, { type: integer } ] }
                          amount: { anyOf: [ { type: number }, { type: boolean } ] }
                          label: { type: [ string, integer, "null" ] }
                          count: { type: [ integer, number ] }
        """;

    [Fact]
    public void Scalar_alternatives_become_unions_that_compile()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/scalars.yaml", Spec) });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var response = output.GetTypeByMetadataName("Scalars.GetThingsResponse")!;
        string TypeOf(string member) => ((IPropertySymbol)response.GetMembers(member).Single()).Type.ToDisplayString();

        Assert.Equal("Scalars.GetThingsResponseIdOrName?", TypeOf("IdOrName"));
        Assert.Equal("Scalars.GetThingsResponseAmount?", TypeOf("Amount"));
        // The same alternatives as idOrName (null is the member's own nullability): identical inline unions share one type.
        Assert.Equal("Scalars.GetThingsResponseIdOrName?", TypeOf("Label"));

        // Every integer is a number: one type, no union.
        Assert.Equal("double?", TypeOf("Count"));

        var idOrName = output.GetTypeByMetadataName("Scalars.GetThingsResponseIdOrName")!;
        Assert.Equal(new[] { "long", "string" }, idOrName.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Conversion).Select(m => m.Parameters[0].Type.ToDisplayString()).OrderBy(t => t));
    }
}
