using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace SpecForge.Core.Tests.CrossCheck;

/// <summary>
/// Why 3.1 specs stay out of the NSwag cross-check (<see cref="SpecVersions.NSwagReads"/>): each case pins one way
/// NSwag.Core still reads 3.1 by 3.0 rules, so that an upgrade which reads 3.1 properly fails here and says the
/// 3.1 corpus specs can be let in, instead of the skip outliving its reason.
/// </summary>
public sealed class NSwag31ReadingTests
{
    // Each valid 3.1, with the part of NSwag's exception message that names the construct it rejects, so that a
    // throw for some other reason does not pass for this one.
    private static readonly Dictionary<string, (string Members, string Message)> Unreadable = new()
    {
        ["an operation without responses"] = (
            """ "paths": { "/pets": { "get": { "operationId": "listPets" } } } """,
            "Required property 'responses' not found"),
        ["the mutualTLS security scheme"] = (
            """ "components": { "securitySchemes": { "client": { "type": "mutualTLS" } } } """,
            "mutualTLS"),
        ["a boolean schema"] = (
            """ "components": { "schemas": { "Pet": { "type": "object", "properties": { "extra": true } } } } """,
            "Unexpected initial token 'Boolean'"),
        ["a path item that is a $ref to components/pathItems"] = (
            """
            "paths": { "/pets": { "$ref": "#/components/pathItems/Pets" } },
            "components": { "pathItems": { "Pets": { "get": { "responses": { "200": { "description": "The pets." } } } } } }
            """,
            "Could not resolve the path '#/components/pathItems/Pets'"),
    };

    private const string RefWithSiblings = """
        {
          "openapi": "3.1.0",
          "info": { "title": "Pets", "version": "1" },
          "components": {
            "schemas": {
              "Pet": { "type": "object", "required": [ "name" ], "properties": { "name": { "type": "string" } } },
              "Dog": { "$ref": "#/components/schemas/Pet", "required": [ "bark" ], "properties": { "bark": { "type": "boolean" } } }
            }
          }
        }
        """;

    public static TheoryData<string> UnreadableConstructs() => new(Unreadable.Keys);

    [Theory]
    [MemberData(nameof(UnreadableConstructs))]
    public async Task NSwag_throws_on_a_31_construct(string construct)
    {
        var (members, message) = Unreadable[construct];
        var json = """{ "openapi": "3.1.0", "info": { "title": "Pets", "version": "1" }, """ + members + "}";

        var exception = await Record.ExceptionAsync(() => NSwag.OpenApiDocument.FromJsonAsync(json));

        Assert.NotNull(exception);
        Assert.Contains(message, exception!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NSwag_reads_a_31_ref_with_siblings_as_the_referenced_schema_alone()
    {
        var views = await SpecViews.ReadAsync("ref-siblings.json", RefWithSiblings);

        // 3.1 applies "bark" beside the $ref; NSwag keeps 3.0's rule that a $ref's siblings are ignored.
        Assert.Equal(new[] { "name" }, views.Theirs.Schemas["Dog"].Properties);
        Assert.Equal(new[] { "name" }, views.Theirs.Schemas["Dog"].Required);
    }
}
