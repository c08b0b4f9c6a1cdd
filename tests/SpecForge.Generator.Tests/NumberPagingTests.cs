using System.Linq;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>Page and offset parameters typed <c>number</c>, as many specs write them, page like integer ones.</summary>
public sealed class NumberPagingTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Paged, version: "1" }
        paths:
          /items:
            get:
              operationId: listItems
              parameters:
                - { name: page, in: query, schema: { type: number } }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { type: array, items: { type: string } }
          /offsets:
            get:
              operationId: listOffsets
              parameters:
                - { name: offset, in: query, schema: { type: number, format: float } }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { type: object, properties: { data: { type: array, items: { type: string } }, total: { type: integer } } }
        """;

    [Fact]
    public void Number_typed_page_and_offset_parameters_get_an_all_variant_that_compiles()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/paged.yaml", Spec) });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var client = output.GetTypeByMetadataName("Paged.PagedClient")!;
        Assert.NotEmpty(client.GetMembers("ListItemsAllAsync"));
        Assert.NotEmpty(client.GetMembers("ListOffsetsAllAsync"));
        Assert.Equal("double?", ((Microsoft.CodeAnalysis.IMethodSymbol)client.GetMembers("ListItemsAllAsync").Single()).Parameters[0].Type.ToDisplayString());
    }
}
