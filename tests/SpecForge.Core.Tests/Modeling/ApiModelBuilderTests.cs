using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Tests.Modeling;

public sealed class ApiModelBuilderTests
{
    private const string Header = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n";

    [Fact]
    public void Formats_map_to_their_framework_types()
    {
        var model = Build(Header + """
            paths: {}
            components:
              schemas:
                Formats:
                  type: object
                  required: [a, b, c, d, e, f, g, h, i, j, k, l, m, n]
                  properties:
                    a: { type: integer, format: int32 }
                    b: { type: integer, format: int64 }
                    c: { type: integer }
                    d: { type: number, format: float }
                    e: { type: number }
                    f: { type: number, format: decimal }
                    g: { type: string, format: date-time }
                    h: { type: string, format: date }
                    i: { type: string, format: uuid }
                    j: { type: string, format: uri }
                    k: { type: string, format: byte }
                    l: { type: string, format: some-unknown-format }
                    m: { type: boolean }
                    n: { type: string, format: time }
            """);

        var types = model.Dtos.Single().Properties.ToDictionary(p => p.JsonName, p => p.Type.Display);
        Assert.Equal("int", types["a"]);
        Assert.Equal("long", types["b"]);
        Assert.Equal("long", types["c"]);
        Assert.Equal("float", types["d"]);
        Assert.Equal("double", types["e"]);
        Assert.Equal("decimal", types["f"]);
        Assert.Equal("global::System.DateTimeOffset", types["g"]);
        Assert.Equal("global::System.DateOnly", types["h"]);
        Assert.Equal("global::System.Guid", types["i"]);
        Assert.Equal("global::System.Uri", types["j"]);
        Assert.Equal("byte[]", types["k"]);
        Assert.Equal("string", types["l"]);
        Assert.Equal("bool", types["m"]);
        Assert.Equal("global::System.TimeOnly", types["n"]);
    }

    [Fact]
    public void Without_DateOnly_a_date_is_a_DateTime_and_a_time_a_string_and_nothing_else_changes()
    {
        var yaml = Header + """
            paths: {}
            components:
              schemas:
                Moments:
                  type: object
                  properties:
                    day: { type: string, format: date }
                    clock: { type: string, format: time }
                    moment: { type: string, format: date-time }
                    span: { type: string, format: duration }
            """;

        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/t.yaml", yaml, null, "TClient", null) with { DatesAsDateTime = true });

        var types = parsed.Model!.Dtos.Single().Properties.ToDictionary(p => p.JsonName, p => p.Type.Display);
        Assert.Equal("global::System.DateTime?", types["day"]);
        Assert.Equal("string?", types["clock"]);
        Assert.Equal("global::System.DateTimeOffset?", types["moment"]);
        Assert.Equal("global::System.TimeSpan?", types["span"]);
    }

    [Fact]
    public void Required_and_nullable_combine_as_the_schema_says()
    {
        var model = Build(Header + """
            paths: {}
            components:
              schemas:
                Combos:
                  type: object
                  required: [requiredValue, requiredNullable]
                  properties:
                    requiredValue: { type: string }
                    requiredNullable: { type: [string, "null"] }
                    optionalValue: { type: string }
                    optionalNullable: { type: [string, "null"] }
            """);

        var properties = model.Dtos.Single().Properties.ToDictionary(p => p.JsonName);
        Assert.Equal((true, "string"), (properties["requiredValue"].IsRequired, properties["requiredValue"].Type.Display));
        Assert.Equal((true, "string?"), (properties["requiredNullable"].IsRequired, properties["requiredNullable"].Type.Display));
        Assert.Equal((false, "string?"), (properties["optionalValue"].IsRequired, properties["optionalValue"].Type.Display));
        Assert.Equal((false, "string?"), (properties["optionalNullable"].IsRequired, properties["optionalNullable"].Type.Display));
    }

    [Fact]
    public void Inline_schemas_are_named_after_where_they_are_declared()
    {
        var model = Build(Header + """
            paths:
              /pets:
                post:
                  operationId: createPet
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            name: { type: string }
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              id: { type: string }
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    tags:
                      type: array
                      items:
                        type: object
                        properties:
                          label: { type: string }
                    owner:
                      type: object
                      properties:
                        name: { type: string }
            """);

        Assert.Equal(
            new[] { "CreatePetRequest", "CreatePetResponse", "Pet", "PetOwner", "PetTagsItem" },
            model.Dtos.Select(d => d.Name).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void AllOf_flattens_branches_and_their_required_lists()
    {
        var model = Build(Header + """
            paths: {}
            components:
              schemas:
                Base:
                  type: object
                  required: [id]
                  properties:
                    id: { type: string }
                Derived:
                  allOf:
                    - $ref: "#/components/schemas/Base"
                    - type: object
                      required: [name]
                      properties:
                        name: { type: string }
            """);

        var derived = model.Dtos.Single(d => d.Name == "Derived");
        Assert.Equal(new[] { ("id", true), ("name", true) }, derived.Properties.Select(p => (p.JsonName, p.IsRequired)));
    }

    [Fact]
    public void Recursive_and_self_aliasing_schemas_terminate()
    {
        var model = Build(Header + """
            paths: {}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    children: { type: array, items: { $ref: "#/components/schemas/Node" } }
                    loop: { $ref: "#/components/schemas/Loop" }
                Loop:
                  type: array
                  items: { $ref: "#/components/schemas/Loop" }
                A:
                  allOf: [ { $ref: "#/components/schemas/B" }, { type: object, properties: { a: { type: string } } } ]
                B:
                  allOf: [ { $ref: "#/components/schemas/A" }, { type: object, properties: { b: { type: string } } } ]
            """);

        var node = model.Dtos.Single(d => d.Name == "Node");
        Assert.Equal("global::System.Collections.Generic.IReadOnlyList<Node>?", node.Properties[0].Type.Display);
        Assert.Contains("JsonElement", node.Properties[1].Type.Display);
        // A inherits B; B cannot inherit A back (a cycle), so it copies A's members and the walk stops at itself.
        var a = model.Dtos.Single(d => d.Name == "A");
        Assert.Equal("B", a.BaseName);
        Assert.Null(model.Dtos.Single(d => d.Name == "B").BaseName);
        Assert.Equal(new[] { "a", "b" }, a.Properties.Select(p => p.JsonName));
        Assert.All(a.Properties, p => Assert.True(p.IsInherited));
    }

    [Fact]
    public void A_member_whose_allOf_names_its_own_component_is_a_record_that_holds_itself()
    {
        var model = Build(Header + """
            paths: {}
            components:
              schemas:
                Vehicle:
                  type: object
                  properties:
                    type: { type: string }
                    wheels:
                      allOf:
                        - $ref: "#/components/schemas/Vehicle"
                        - { type: object, properties: { electric: { type: boolean } } }
            """);

        var wheels = model.Dtos.Single(d => d.Name == "Vehicle").Properties.Single(p => p.JsonName == "wheels");
        var inline = model.Dtos.Single(d => d.Name == wheels.Type.Name);
        Assert.Equal(new[] { "type", "wheels", "electric" }, inline.Properties.Select(p => p.JsonName));
        Assert.Equal(inline.Name, inline.Properties.Single(p => p.JsonName == "wheels").Type.Name);
        Assert.Equal(2, model.Dtos.Count);
    }

    [Fact]
    public void Colliding_names_are_made_unique_in_a_stable_order()
    {
        var model = Build(Header + """
            paths:
              /a:
                get: { operationId: get_thing, responses: { "204": { description: ok } } }
              /b:
                get: { operationId: getThing, responses: { "204": { description: ok } } }
            components:
              schemas:
                thing: { type: object, properties: { x: { type: string } } }
                Thing: { type: object, properties: { y: { type: string } } }
                TClient: { type: object, properties: { Self: { type: string }, self: { type: string } } }
            """);

        Assert.Equal(new[] { "GetThingAsync", "GetThing2Async" }, model.Operations.Select(o => o.MethodName));
        Assert.Equal(new[] { "Thing", "Thing2", "TClient2" }, model.Dtos.Select(d => d.Name));
        Assert.Equal(new[] { "Self", "Self2" }, model.Dtos.Single(d => d.Name == "TClient2").Properties.Select(p => p.Name));
    }

    [Fact]
    public void Group_methods_drop_the_tag_word_in_either_number_and_the_client_keeps_full_names()
    {
        var model = Build(Header + """
            tags: [{ name: Movies }]
            paths:
              /movies:
                get: { operationId: listMovies, tags: [Movies], responses: { "204": { description: ok } } }
                post: { operationId: createMovie, tags: [Movies], responses: { "204": { description: ok } } }
              /movies/{movieId}:
                get:
                  operationId: getMovieByMovieId
                  tags: [Movies]
                  parameters: [{ name: movieId, in: path, required: true, schema: { type: string } }]
                  responses: { "204": { description: ok } }
              /movies/latest:
                get: { operationId: getMovie, tags: [Movies], responses: { "204": { description: ok } } }
              /movies/all:
                get: { operationId: getMovies, tags: [Movies], responses: { "204": { description: ok } } }
              /moviegoers:
                get: { operationId: listMoviegoers, tags: [Movies], responses: { "204": { description: ok } } }
              /trailers:
                get: { operationId: getMovieTrailer, responses: { "204": { description: ok } } }
            """);

        var names = model.Operations.Select(o => (o.Group, o.MethodName)).ToList();
        Assert.Equal(
            new (string?, string)[]
            {
                ("Movies", "ListAsync"), ("Movies", "CreateAsync"), ("Movies", "GetByIdAsync"),
                ("Movies", "GetMovieAsync"), ("Movies", "GetMoviesAsync"), ("Movies", "ListMoviegoersAsync"),
                (null, "GetMovieTrailerAsync"),
            },
            names);
    }

    [Fact]
    public void Parameters_merge_path_level_and_operation_level_with_required_first_in_signature_order()
    {
        var model = Build(Header + """
            paths:
              /things/{id}:
                parameters:
                  - { name: id, in: path, required: true, schema: { type: string } }
                  - { name: verbose, in: query, schema: { type: boolean } }
                get:
                  parameters:
                    - { name: verbose, in: query, required: true, schema: { type: boolean } }
                    - { name: X-Key, in: header, schema: { type: string } }
                  responses: { "204": { description: ok } }
            """);

        var operation = model.Operations.Single();
        Assert.Equal("GetThingsByIdAsync", operation.MethodName);
        Assert.Equal(
            new[] { ("id", ParameterLocation.Path, true), ("verbose", ParameterLocation.Query, true), ("xKey", ParameterLocation.Header, false) },
            operation.Parameters.Select(p => (p.Name, p.Location, p.IsRequired)));
    }

    [Fact]
    public void Parameters_named_like_the_generated_locals_are_renamed_and_common_names_are_kept()
    {
        // The generated methods' locals have names no spec is likely to use, so "query" and "status" stay as written.
        var model = Build(Header + """
            paths:
              /search:
                get:
                  parameters:
                    - { name: query, in: query, schema: { type: string } }
                    - { name: status, in: query, schema: { type: string } }
                    - { name: httpRequest, in: header, schema: { type: string } }
                    - { name: nextValue, in: query, schema: { type: string } }
                  responses: { "204": { description: ok } }
            """);

        Assert.Equal(
            new[] { ("query", "query"), ("status", "status"), ("nextValue2", "nextValue"), ("httpRequest2", "httpRequest") },
            model.Operations.Single().Parameters.Select(p => (p.Name, p.WireName)));
    }

    [Fact]
    public void Texts_that_differ_only_in_layout_give_equal_models()
    {
        var compact = Header + "paths: {}\ncomponents: {schemas: {Pet: {type: object, properties: {name: {type: string}}}}}\n";
        var spread = Header + "\npaths: {}\n\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        name:\n          type: string\n";

        Assert.Equal(Build(compact), Build(spread));
        Assert.NotEqual(Build(compact), Build(compact.Replace("name", "title")));
    }

    private static ApiModel Build(string yaml)
    {
        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/t.yaml", yaml, null, "TClient", null));
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity == SpecSeverity.Error);
        return parsed.Model!;
    }
}
