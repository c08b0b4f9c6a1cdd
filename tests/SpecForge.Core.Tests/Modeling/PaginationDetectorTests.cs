using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Modeling;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Tests.Modeling;

/// <summary>
/// The detector on its own, fed what OperationMapper feeds it: the rules are checked here one by one, without the
/// rest of the model build deciding which operations reach it.
/// </summary>
public sealed class PaginationDetectorTests
{
    private const string Pet = "{$ref: '#/components/schemas/Pet'}";

    [Fact]
    public void Cursor_parameter_with_a_top_level_next_cursor()
    {
        var result = Detect(Spec(Params(Query("limit", "integer"), Query("cursor")), $"{{type: object, properties: {{data: {{type: array, items: {Pet}}}, next_cursor: {{type: [string, 'null']}}}}}}"));

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((PaginationKind.Cursor, "cursor", "/data", "/next_cursor"), (model.Kind, model.ParameterName, model.ItemsPointer, model.NextCursorPointer));
        Assert.Equal("Pet", model.ItemType.Name);
        Assert.Null(model.HasMorePointer);
        Assert.Null(model.TotalPointer);
        Assert.Null(model.ItemIdMember);
        Assert.Equal(new[] { "DataItem" }, result.Hints);
    }

    [Fact]
    public void Cursor_nested_in_a_wrapper_with_has_more_and_an_inline_item()
    {
        var result = Detect(Spec(
            Params(Query("page_token")),
            "{type: object, properties: {items: {type: array, items: {type: object, properties: {x: {type: string}}}}, pagination: {type: object, properties: {nextCursor: {type: string}, hasMore: {type: boolean}}}}}"));

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((PaginationKind.Cursor, "pageToken"), (model.Kind, model.ParameterName));
        Assert.Equal(("/items", "/pagination/nextCursor", "/pagination/hasMore"), (model.ItemsPointer, model.NextCursorPointer, model.HasMorePointer));
        Assert.Equal("ItemsItem", model.ItemType.Name);
    }

    [Fact]
    public void Next_cursor_names_are_tried_in_order_before_levels()
    {
        // The echoed "cursor" at the top level is the one just sent; "next_cursor" ranks first even one level down.
        var result = Detect(Spec(
            Params(Query("after")),
            $"{{type: object, properties: {{cursor: {{type: string}}, results: {{type: array, items: {Pet}}}, meta: {{type: object, properties: {{next_cursor: {{type: string}}}}}}}}}}"));

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((PaginationKind.Cursor, "after", "/results", "/meta/next_cursor"), (model.Kind, model.ParameterName, model.ItemsPointer, model.NextCursorPointer));
    }

    [Fact]
    public void Response_through_refs_and_allOf_is_read_like_the_record_it_maps_to()
    {
        var result = Detect(Spec(
            Params(Query("ContinuationToken")),
            "{$ref: '#/components/schemas/PetPage'}",
            components: """
                PageInfo: {type: object, properties: {endCursor: {type: string}, hasNextPage: {type: boolean}}}
                PetPage:
                  allOf:
                    - {type: object, properties: {pageInfo: {$ref: '#/components/schemas/PageInfo'}}}
                    - {type: object, properties: {entries: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}
                """));

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((PaginationKind.Cursor, "continuationToken"), (model.Kind, model.ParameterName));
        Assert.Equal(("/entries", "/pageInfo/endCursor", "/pageInfo/hasNextPage"), (model.ItemsPointer, model.NextCursorPointer, model.HasMorePointer));
        Assert.Equal("Pet", model.ItemType.Name);
    }

    [Theory]
    [InlineData("{type: object, properties: {data: {type: array, items: {type: string}}}}")]
    [InlineData("{type: object, properties: {data: {type: array, items: {type: string}}, next: {type: string, format: uri}}}")]
    [InlineData("{type: object, properties: {data: {type: array, items: {type: string}}, next_cursor: {type: integer}}}")]
    public void Cursor_without_a_next_cursor_string_does_not_page(string response)
    {
        var result = Detect(Spec(Params(Query("cursor")), response));

        Assert.Null(result.Model);
        Assert.Empty(result.Hints);
    }

    [Fact]
    public void Last_item_needs_has_more_and_an_id()
    {
        var result = Detect(Spec(
            Params(Query("starting_after"), Query("ending_before")),
            $"{{type: object, properties: {{object: {{type: string}}, data: {{type: array, items: {Pet}}}, has_more: {{type: boolean}}, url: {{type: string}}}}}}"));

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((PaginationKind.LastItem, "startingAfter", "/data"), (model.Kind, model.ParameterName, model.ItemsPointer));
        Assert.Equal(("/has_more", "id"), (model.HasMorePointer, model.ItemIdMember));
        Assert.Equal("Pet", model.ItemType.Name);
        Assert.Null(model.NextCursorPointer);
    }

    [Theory]
    [InlineData("{type: object, properties: {data: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}")]
    [InlineData("{type: object, properties: {data: {type: array, items: {$ref: '#/components/schemas/Tag'}}, has_more: {type: boolean}}}")]
    [InlineData("{type: array, items: {$ref: '#/components/schemas/Pet'}}")]
    [InlineData("{}")]
    public void Last_item_without_has_more_an_id_or_an_object_response_does_not_page(string response)
    {
        Assert.Null(Detect(Spec(Params(Query("startingAfter")), response)).Model);
    }

    [Fact]
    public void Page_with_a_total_under_a_wrapper_and_has_more()
    {
        var result = Detect(Spec(
            Params(Query("per_page", "integer"), Query("page", "integer")),
            $"{{type: object, properties: {{results: {{type: array, items: {Pet}}}, meta: {{type: object, properties: {{total_count: {{type: integer}}, has_more: {{type: boolean}}}}}}}}}}"));

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((PaginationKind.Page, "page", "/results"), (model.Kind, model.ParameterName, model.ItemsPointer));
        Assert.Equal(("/meta/total_count", "/meta/has_more"), (model.TotalPointer, model.HasMorePointer));
        Assert.Null(model.NextCursorPointer);
        Assert.Equal("Pet", model.ItemType.Name);
    }

    [Fact]
    public void Offset_picks_the_named_array_among_several_and_a_top_level_total()
    {
        var result = Detect(Spec(
            Params(Query("skip", "integer")),
            $"{{type: object, properties: {{tags: {{type: array, items: {{type: string}}}}, values: {{type: array, items: {Pet}}}, totalItems: {{type: integer}}}}}}"));

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((PaginationKind.Offset, "skip", "/values", "/totalItems"), (model.Kind, model.ParameterName, model.ItemsPointer, model.TotalPointer));
        Assert.Null(model.HasMorePointer);
    }

    [Theory]
    [InlineData("{type: object, properties: {total: {type: integer}}}")]
    [InlineData("{type: object, properties: {a: {type: array, items: {type: string}}, b: {type: array, items: {type: string}}}}")]
    public void Object_response_without_one_item_array_does_not_page(string response)
    {
        Assert.Null(Detect(Spec(Params(Query("offset", "integer")), response)).Model);
    }

    [Theory]
    [InlineData("page", PaginationKind.Page)]
    [InlineData("Page-Number", PaginationKind.Page)]
    [InlineData("pageNo", PaginationKind.Page)]
    [InlineData("offset", PaginationKind.Offset)]
    [InlineData("start", PaginationKind.Offset)]
    public void Array_response_pages_by_number_or_offset(string parameter, PaginationKind kind)
    {
        foreach (var type in new[] { "integer", "number" })
        {
            var paged = Detect(Spec(Params(Query(parameter, type)), $"{{type: array, items: {Pet}}}"));
            Assert.Equal(kind, Assert.IsType<PaginationModel>(paged.Model).Kind);
        }

        var result = Detect(Spec(Params(Query(parameter, "integer")), $"{{type: array, items: {Pet}}}"));

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((kind, Naming.ToCamelCase(parameter), ""), (model.Kind, model.ParameterName, model.ItemsPointer));
        Assert.Equal("Pet", model.ItemType.Name);
        Assert.Null(model.TotalPointer);

        // The list type already names the element: the schema is not mapped again.
        Assert.Empty(result.Hints);
    }

    [Theory]
    [InlineData("cursor")]
    [InlineData("next_token")]
    public void Array_response_does_not_page_by_cursor(string parameter)
    {
        Assert.Null(Detect(Spec(Params(Query(parameter)), $"{{type: array, items: {Pet}}}")).Model);
    }

    [Theory]
    [InlineData("cursor", "string", PaginationKind.Cursor)]
    [InlineData("nextToken", "string", PaginationKind.Cursor)]
    [InlineData("page_cursor", "string", PaginationKind.Cursor)]
    [InlineData("page", "integer", PaginationKind.Page)]
    [InlineData("offset", "integer", PaginationKind.Offset)]
    [InlineData("page", "number", PaginationKind.Page)]
    [InlineData("offset", "number", PaginationKind.Offset)]
    public void Untyped_response_leaves_the_layout_to_run_time(string parameter, string type, PaginationKind kind)
    {
        var result = Detect(Spec(Params(Query(parameter, type)), "{}"));

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((kind, Naming.ToCamelCase(parameter)), (model.Kind, model.ParameterName));
        Assert.Equal(WellKnownTypes.JsonElement, model.ItemType);
        Assert.Null(model.ItemsPointer);
        Assert.Null(model.NextCursorPointer);
        Assert.Null(model.HasMorePointer);
        Assert.Null(model.TotalPointer);
        Assert.Null(model.ItemIdMember);
    }

    [Fact]
    public void First_matching_query_parameter_of_a_fitting_type_wins()
    {
        // "after" as a date-time is a filter, not a cursor; a header named cursor is not the query.
        var result = Detect(Spec(
            Params(Query("after", "string", "date-time"), Parameter("cursor", "header", "string"), Query("offset", "integer"), Query("page", "integer")),
            $"{{type: array, items: {Pet}}}"));

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((PaginationKind.Offset, "offset"), (model.Kind, model.ParameterName));
    }

    [Fact]
    public void A_matching_name_in_another_location_does_not_page()
    {
        Assert.Null(Detect(Spec(Params(Parameter("page", "header", "integer")), $"{{type: array, items: {Pet}}}")).Model);
    }

    [Fact]
    public void Only_get_is_detected()
    {
        Assert.Null(Detect(Spec(Params(Query("page", "integer")), $"{{type: array, items: {Pet}}}", method: "post"), "POST").Model);
    }

    [Fact]
    public void Explicit_pagination_on_a_post_with_its_own_pointers()
    {
        var result = Detect(
            Spec(
                Params(Query("token")),
                $"{{type: object, properties: {{result: {{type: object, properties: {{hits: {{type: array, items: {Pet}}}}}}}, following: {{type: string}}}}}}",
                method: "post",
                extension: "{kind: cursor, parameter: token, items: /result/hits, nextCursor: /following, hasMore: /more}"),
            "POST");

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((PaginationKind.Cursor, "token"), (model.Kind, model.ParameterName));
        Assert.Equal(("/result/hits", "/following", "/more"), (model.ItemsPointer, model.NextCursorPointer, model.HasMorePointer));
        Assert.Equal("Pet", model.ItemType.Name);
        Assert.Equal(new[] { "HitsItem" }, result.Hints);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Explicit_pagination_takes_what_it_leaves_out_from_the_schema()
    {
        // "p" is no page parameter by name: only x-pagination makes it one.
        var result = Detect(Spec(
            Params(Query("p", "integer")),
            $"{{type: object, properties: {{data: {{type: array, items: {Pet}}}, total: {{type: integer}}, has_more: {{type: boolean}}}}}}",
            extension: "{kind: Page, parameter: p, hasMore: null}"));

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((PaginationKind.Page, "p", "/data", "/total"), (model.Kind, model.ParameterName, model.ItemsPointer, model.TotalPointer));
        Assert.Null(model.HasMorePointer);
        Assert.Equal("Pet", model.ItemType.Name);
    }

    [Fact]
    public void Explicit_last_item_with_its_own_id_member_on_an_untyped_response()
    {
        var result = Detect(Spec(
            Params(Query("since")),
            "{}",
            extension: "{kind: lastItem, parameter: since, items: /rows, itemId: uuid, hasMore: /more}"));

        var model = Assert.IsType<PaginationModel>(result.Model);
        Assert.Equal((PaginationKind.LastItem, "since", "/rows"), (model.Kind, model.ParameterName, model.ItemsPointer));
        Assert.Equal(("/more", "uuid"), (model.HasMorePointer, model.ItemIdMember));
        Assert.Equal(WellKnownTypes.JsonElement, model.ItemType);
    }

    [Fact]
    public void Explicit_false_turns_detection_off()
    {
        var result = Detect(Spec(Params(Query("page", "integer")), $"{{type: array, items: {Pet}}}", extension: "false"));

        Assert.Null(result.Model);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("{kind: keyset, parameter: page}", "'kind' must be cursor, lastItem, page or offset, not \"keyset\"")]
    [InlineData("{parameter: page}", "'kind' must be cursor, lastItem, page or offset;")]
    [InlineData("{kind: page}", "'parameter' must name the query parameter")]
    [InlineData("{kind: page, parameter: pageNumber}", "'parameter' names 'pageNumber', which is not a query parameter of the operation")]
    [InlineData("{kind: page, parameter: X-Page}", "'parameter' names 'X-Page', which is not a query parameter of the operation")]
    [InlineData("{kind: cursor, parameter: page}", "the cursor parameter 'page' must be a string")]
    [InlineData("{kind: page, parameter: page, items: data}", "'items' must be a JSON pointer into the response body, starting with '/'")]
    [InlineData("{kind: page, parameter: page, total: 3}", "'total' must be a JSON pointer string or null, not 3")]
    [InlineData("{kind: page, parameter: page, nextCursor: /next}", "'nextCursor' does not apply to kind page")]
    [InlineData("{kind: page, parameter: page, itemId: id}", "'itemId' does not apply to kind page")]
    [InlineData("{kind: page, parameter: page, pageSize: /size}", "unknown field 'pageSize'")]
    [InlineData("page", "must be an object (or false to turn pagination off)")]
    public void Malformed_explicit_pagination_warns_and_does_not_page(string extension, string expected)
    {
        var result = Detect(Spec(
            Params(Query("page", "integer"), Parameter("X-Page", "header", "integer")),
            $"{{type: array, items: {Pet}}}",
            extension: extension));

        Assert.Null(result.Model);
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("x-pagination: ", warning);
        Assert.Contains(expected, warning);
        Assert.EndsWith("; the operation gets no method that walks its pages.", warning);
    }

    [Fact]
    public void Explicit_last_item_with_an_empty_id_warns()
    {
        var result = Detect(Spec(Params(Query("after")), "{}", extension: "{kind: lastItem, parameter: after, itemId: ''}"));

        Assert.Null(result.Model);
        Assert.Contains("'itemId' must name the item member", Assert.Single(result.Warnings));
    }

    [Fact]
    public void Explicit_pagination_needs_a_json_response()
    {
        var result = Detect(Spec(Params(Query("page", "integer")), response: null, extension: "{kind: page, parameter: page}"));

        Assert.Null(result.Model);
        Assert.Contains("no JSON success response", Assert.Single(result.Warnings));
    }

    private sealed record Result(PaginationModel? Model, List<string> Warnings, List<string> Hints);

    private static Result Detect(string yaml, string method = "GET")
    {
        var read = OpenApiReader.Read("t.yaml", yaml);
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == SpecSeverity.Error);
        var operation = read.Document!.Paths["/things"].Operations![new HttpMethod(method)];
        var schema = operation.Responses!["200"].Content?["application/json"].Schema;
        var parameters = (operation.Parameters ?? new List<IOpenApiParameter>()).Select(ToModel).ToList();
        var type = operation.Responses["200"].Content is null ? null : TypeOf(schema);

        var warnings = new List<string>();
        var hints = new List<string>();
        var model = PaginationDetector.Detect(
            method,
            operation,
            parameters,
            schema,
            type,
            (item, hint) =>
            {
                hints.Add(hint);
                return WellKnownTypes.Generated(NameOf(item, hint));
            },
            warnings.Add);
        return new Result(model, warnings, hints);
    }

    // What SchemaTypeMapper would give, reduced to what the detector looks at: the kind, and names to assert on.
    private static TypeRef TypeOf(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return WellKnownTypes.JsonElement;
        }

        if (PageSchema.IsArray(schema))
        {
            return WellKnownTypes.ListOf(schema.Items is { } item ? WellKnownTypes.Generated(NameOf(item, "Item")) : WellKnownTypes.JsonElement);
        }

        return SchemaShapes.IsRecord(PageSchema.Unwrap(schema)) ? WellKnownTypes.Generated(NameOf(schema, "ThingsResponse")) : WellKnownTypes.JsonElement;
    }

    private static string NameOf(IOpenApiSchema schema, string hint) => schema is OpenApiSchemaReference reference ? reference.Reference.Id! : hint;

    private static ParameterModel ToModel(IOpenApiParameter parameter)
    {
        var type = (parameter.Schema?.Type, parameter.Schema?.Format) switch
        {
            (JsonSchemaType.String, "date-time") => WellKnownTypes.DateTimeOffset,
            (JsonSchemaType.String, _) => WellKnownTypes.String,
            (JsonSchemaType.Integer, _) => WellKnownTypes.Int64,
            (JsonSchemaType.Number, _) => WellKnownTypes.Double,
            _ => WellKnownTypes.JsonElement,
        };
        var location = parameter.In switch
        {
            Microsoft.OpenApi.ParameterLocation.Query => Core.Modeling.ParameterLocation.Query,
            Microsoft.OpenApi.ParameterLocation.Header => Core.Modeling.ParameterLocation.Header,
            _ => Core.Modeling.ParameterLocation.Path,
        };
        return new ParameterModel(Naming.ToCamelCase(parameter.Name!), parameter.Name!, location, type.AsNullable(), false, null, false);
    }

    private static string Params(params string[] parameters) => "[" + string.Join(", ", parameters) + "]";

    private static string Query(string name, string type = "string", string? format = null) => Parameter(name, "query", type, format);

    private static string Parameter(string name, string location, string type, string? format = null) =>
        $"{{name: {name}, in: {location}, schema: {{type: {type}{(format is null ? "" : ", format: " + format)}}}}}";

    /// <summary>One operation, <c>/things</c>, whose 200 response has <paramref name="response"/> as its JSON schema (none when null).</summary>
    private static string Spec(string parameters, string? response, string method = "get", string? extension = null, string components = "") =>
        string.Join(
            "\n",
            "openapi: 3.1.0",
            "info: {title: T, version: '1'}",
            "paths:",
            "  /things:",
            $"    {method}:",
            extension is null ? string.Empty : $"      x-pagination: {extension}",
            $"      parameters: {parameters}",
            "      responses:",
            "        '200':",
            "          description: OK",
            response is null ? string.Empty : $"          content: {{application/json: {{schema: {response}}}}}",
            "components:",
            "  schemas:",
            "    Pet: {type: object, properties: {id: {type: string}, name: {type: string}}}",
            "    Tag: {type: object, properties: {label: {type: string}}}",
            Indent(components, "    "));

    private static string Indent(string text, string prefix) =>
        string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : prefix + line));
}
