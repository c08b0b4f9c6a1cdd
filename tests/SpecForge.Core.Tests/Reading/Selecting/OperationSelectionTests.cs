using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Modeling;
using SpecForge.Core.Reading.Selecting;

namespace SpecForge.Core.Tests.Reading.Selecting;

/// <summary>Selection keeps the chosen operations and exactly the schemas they reach, and the model builds from what is left.</summary>
public sealed class OperationSelectionTests
{
    // Every kind of place a schema can be reached from, each leading to a schema of its own, plus schemas reached only
    // from what is dropped, from data (an example), or from nothing.
    private const string Store = """
        openapi: 3.1.0
        info: { title: Store, version: '1' }
        paths:
          /pets:
            parameters:
              - $ref: '#/components/parameters/Trace'
            get:
              operationId: listPets
              tags: [pets]
              parameters:
                - $ref: '#/components/parameters/Limit'
              responses:
                '200':
                  description: ok
                  headers:
                    x-rate-limit: { $ref: '#/components/headers/RateLimit' }
                  content:
                    application/json:
                      schema: { type: array, items: { $ref: '#/components/schemas/Pet' } }
                default: { $ref: '#/components/responses/Error' }
            post:
              operationId: createPet
              tags: [pets]
              requestBody: { $ref: '#/components/requestBodies/NewPet' }
              responses:
                '201': { description: created }
          /stores/{storeId}:
            get:
              operationId: getStore
              tags: [stores]
              parameters:
                - { name: storeId, in: path, required: true, schema: { type: string } }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Shop' }
        components:
          parameters:
            Trace: { name: trace, in: header, schema: { $ref: '#/components/schemas/TraceLevel' } }
            Limit: { name: limit, in: query, schema: { type: integer } }
            Unused: { name: unused, in: query, schema: { $ref: '#/components/schemas/FromUnusedParameter' } }
          headers:
            RateLimit: { schema: { $ref: '#/components/schemas/RateLimitInfo' } }
          responses:
            Error:
              description: error
              content:
                application/json:
                  schema: { $ref: '#/components/schemas/Error' }
          requestBodies:
            NewPet:
              content:
                application/json:
                  schema: { $ref: '#/components/schemas/NewPet' }
          schemas:
            TraceLevel: { type: string, enum: [low, high] }
            RateLimitInfo: { type: object, properties: { remaining: { type: integer } } }
            Error:
              type: object
              required: [code]
              discriminator: { propertyName: code, mapping: { a: '#/components/schemas/MappedByReference', b: MappedByName } }
              properties:
                code: { type: string }
                details: { type: object, additionalProperties: { $ref: '#/components/schemas/ErrorDetail' } }
            MappedByReference: { type: object, properties: { a: { type: string } } }
            MappedByName: { type: object, properties: { b: { type: string } } }
            ErrorDetail: { type: object, properties: { text: { type: string } } }
            Pet:
              type: object
              required: [name]
              example: { $ref: '#/components/schemas/OnlyInAnExample' }
              properties:
                name: { type: string }
                default: { $ref: '#/components/schemas/PropertyNamedDefault' }
                x-extra: { $ref: '#/components/schemas/PropertyNamedLikeAnExtension' }
                owner:
                  anyOf: [ { $ref: '#/components/schemas/Person' }, { $ref: '#/components/schemas/Company' } ]
                toys: { type: array, items: { $ref: '#/components/schemas/Toy' } }
            PropertyNamedDefault: { type: object, properties: { a: { type: string } } }
            PropertyNamedLikeAnExtension: { type: object, properties: { a: { type: string } } }
            Person: { type: object, required: [born], properties: { born: { type: string } } }
            Company: { type: object, required: [founded], properties: { founded: { type: string } } }
            Toy:
              type: object
              properties:
                parent: { $ref: '#/components/schemas/Toy' }
                maker: { $ref: '#/components/schemas/Maker' }
            Maker: { type: object, properties: { toys: { type: array, items: { $ref: '#/components/schemas/Toy' } } } }
            NewPet: { type: object, properties: { name: { type: string } } }
            Shop: { type: object, properties: { manager: { $ref: '#/components/schemas/Person' }, address: { $ref: '#/components/schemas/Address' } } }
            Address: { type: object, properties: { city: { type: string } } }
            FromUnusedParameter: { type: object, properties: { a: { type: string } } }
            OnlyInAnExample: { type: object, properties: { a: { type: string } } }
            Unreached: { type: object, properties: { a: { type: string } } }
        """;

    [Fact]
    public void Only_the_schemas_the_kept_operations_reach_become_types()
    {
        var model = Build(Store, include: "tag:pets");

        Assert.Equal(new[] { "listPets", "createPet" }, model.Operations.Select(o => o.OperationId));
        Assert.Equal(
            new[]
            {
                "Company", "Error", "ErrorDetail", "Maker", "MappedByName", "MappedByReference", "NewPet", "Person", "Pet",
                "PropertyNamedDefault", "PropertyNamedLikeAnExtension", "RateLimitInfo", "Toy", "TraceLevel",
            },
            ComponentTypes(model));
    }

    [Fact]
    public void Without_a_filter_every_component_is_a_type()
    {
        var model = Build(Store);

        Assert.Equal(3, model.Operations.Count);
        Assert.Contains("Unreached", ComponentTypes(model));
        Assert.Contains("FromUnusedParameter", ComponentTypes(model));
    }

    [Fact]
    public void Exclude_drops_from_what_include_kept_and_with_it_what_only_it_reached()
    {
        var model = Build(Store, include: "tag:pets", exclude: "createPet");

        Assert.Equal(new[] { "listPets" }, model.Operations.Select(o => o.OperationId));
        Assert.DoesNotContain("NewPet", ComponentTypes(model));
        Assert.Contains("Pet", ComponentTypes(model));
    }

    [Fact]
    public void Exclude_alone_keeps_everything_else()
    {
        var model = Build(Store, exclude: "GET /pets;POST /pets");

        Assert.Equal(new[] { "getStore" }, model.Operations.Select(o => o.OperationId));
        Assert.Equal(new[] { "Address", "Person", "Shop" }, ComponentTypes(model));
        Assert.Empty(model.Enums);
    }

    [Fact]
    public void Subtypes_of_a_reached_discriminated_base_are_kept_and_of_a_plain_base_are_not()
    {
        var model = Build("""
            openapi: 3.0.3
            info: { title: Shapes, version: '1' }
            paths:
              /shapes/{id}:
                get:
                  operationId: getShape
                  parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Circle' } } } }
              /plain:
                get:
                  operationId: getPlain
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Plain' } } } }
            components:
              schemas:
                Shape:
                  type: object
                  required: [kind]
                  properties: { kind: { type: string } }
                  discriminator: { propertyName: kind }
                Circle: { allOf: [ { $ref: '#/components/schemas/Shape' }, { type: object, properties: { radius: { type: number } } } ] }
                Square: { allOf: [ { $ref: '#/components/schemas/Shape' }, { type: object, properties: { side: { $ref: '#/components/schemas/Length' } } } ] }
                BigSquare: { allOf: [ { $ref: '#/components/schemas/Square' }, { type: object, properties: { label: { type: string } } } ] }
                Length: { type: object, properties: { value: { type: number } } }
                Plain: { type: object, properties: { a: { type: string } } }
                PlainChild: { allOf: [ { $ref: '#/components/schemas/Plain' }, { type: object, properties: { b: { type: string } } } ] }
            """, include: "GET /shapes/*;/plain");

        Assert.Equal(new[] { "BigSquare", "Circle", "Length", "Plain", "Shape", "Square" }, ComponentTypes(model));
        var shape = model.Dtos.Single(d => d.Name == "Shape");
        Assert.Equal(new[] { "BigSquare", "Circle", "Square" }, shape.Discriminator!.Mappings.Select(m => m.TypeName).OrderBy(n => n));
    }

    [Fact]
    public void A_swagger_2_discriminator_keeps_its_subtypes_and_unreached_definitions_parameters_and_responses_go()
    {
        var model = Build("""
            swagger: '2.0'
            info: { title: Zoo, version: '1' }
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters: [ { $ref: '#/parameters/Limit' } ]
                  responses:
                    '200': { description: ok, schema: { $ref: '#/definitions/Pet' } }
                    default: { $ref: '#/responses/Problem' }
              /keepers:
                get:
                  operationId: listKeepers
                  parameters: [ { $ref: '#/parameters/Unused' } ]
                  responses:
                    '200': { description: ok, schema: { $ref: '#/definitions/Keeper' } }
            parameters:
              Limit: { name: limit, in: query, type: integer }
              Unused: { name: unused, in: query, type: string }
            responses:
              Problem: { description: problem, schema: { $ref: '#/definitions/Problem' } }
            definitions:
              Pet: { type: object, discriminator: petType, required: [petType], properties: { petType: { type: string } } }
              Cat: { allOf: [ { $ref: '#/definitions/Pet' }, { type: object, properties: { meows: { type: boolean } } } ] }
              Dog: { allOf: [ { $ref: '#/definitions/Pet' }, { type: object, properties: { barks: { type: boolean } } } ] }
              Problem: { type: object, properties: { title: { type: string } } }
              Keeper: { type: object, properties: { name: { type: string } } }
            """, include: "listPets");

        Assert.Equal(new[] { "Cat", "Dog", "Pet", "Problem" }, ComponentTypes(model));
        Assert.Equal(new[] { "limit" }, model.Operations.Single().Parameters.Select(p => p.WireName));
    }

    [Fact]
    public void Reference_cycles_end_and_leave_no_diagnostic()
    {
        var parsed = Parse(Store, include: "listPets");

        Assert.Empty(parsed.Diagnostics);
        Assert.Contains("Toy", ComponentTypes(parsed.Model!));
        Assert.Contains("Maker", ComponentTypes(parsed.Model!));
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_SF1015_at_the_paths_naming_how_it_was_read()
    {
        var parsed = Parse(Store, include: "tag:Pets;listPets;GET pets", exclude: "DELETE /pets;/orders/**");

        var unmatched = parsed.Diagnostics.Where(d => d.Id == DiagnosticCatalog.OperationPatternUnmatched).ToList();
        Assert.All(unmatched, d => Assert.Equal((SpecSeverity.Warning, "/specs/store.yaml", 3, 1), (d.Severity, d.FilePath, d.Line, d.Column)));
        Assert.Collection(
            unmatched.Select(d => d.Message),
            m => Assert.Equal("The include pattern 'tag:Pets' matches no operation of the spec: none has the tag 'Pets' (the spec spells it 'pets'; tags compare case-sensitively).", m),
            m => Assert.Equal("The include pattern 'GET pets' matches no operation of the spec: none has the operationId 'GET pets' (read as an operationId: a method must be followed by a path starting with '/').", m),
            m => Assert.Equal("The exclude pattern 'DELETE /pets' matches no operation of the spec: there are no DELETE operations whose path matches '/pets' (its path matches GET, POST operations).", m),
            m => Assert.Equal("The exclude pattern '/orders/**' matches no operation of the spec: there are no operations whose path matches '/orders/**'.", m));
        Assert.Equal(new[] { "listPets" }, parsed.Model!.Operations.Select(o => o.OperationId));
    }

    [Fact]
    public void An_exclude_pattern_that_matches_only_operations_include_left_out_is_no_warning()
    {
        var parsed = Parse(Store, include: "tag:pets", exclude: "getStore");

        Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == DiagnosticCatalog.OperationPatternUnmatched);
    }

    [Fact]
    public void The_mock_serves_only_the_kept_operations_and_schemas()
    {
        var parsed = SpecPipeline.Parse(Input(Store, include: "getStore", exclude: null), includeSpecJson: true);

        var spec = JsonNode.Parse(parsed.Model!.SpecJson!)!;
        Assert.Equal(new[] { "/stores/{storeId}" }, spec["paths"]!.AsObject().Select(p => p.Key));
        Assert.Equal(new[] { "Address", "Person", "Shop" }, spec["components"]!["schemas"]!.AsObject().Select(s => s.Key).OrderBy(k => k));
        Assert.Null(spec["components"]!["parameters"]?.AsObject().FirstOrDefault().Key);
    }

    [Fact]
    public void Markdown_docs_are_filtered_and_an_unmatched_pattern_points_at_the_docs()
    {
        var docs = System.IO.File.ReadAllText(SpecForge.Tests.Shared.RepoPaths.InRepo("specs", "trustpager", "trustpager-full-reference.md"));
        var all = SpecPipeline.Parse(SpecInput.Create("/docs/trustpager.md", docs, null, null, null));
        var tag = all.Model!.Operations.SelectMany(o => o.Tags).First();

        var parsed = SpecPipeline.Parse(
            SpecInput.Create("/docs/trustpager.md", docs, null, null, null) with { Operations = OperationFilter.From("tag:" + tag + ";no-such-operation", null) },
            includeSpecJson: true);

        Assert.All(parsed.Model!.Operations, o => Assert.Contains(tag, o.Tags));
        Assert.InRange(parsed.Model.Operations.Count, 1, all.Model.Operations.Count - 1);
        Assert.True(parsed.Model.Dtos.Count < all.Model.Dtos.Count, $"{parsed.Model.Dtos.Count} records of {all.Model.Dtos.Count}");
        Assert.Equal(parsed.Model.Operations.Count, JsonNode.Parse(parsed.Model.SpecJson!)!["paths"]!.AsObject().Sum(p => p.Value!.AsObject().Count(m => m.Key is "get" or "post" or "put" or "patch" or "delete")));
        var unmatched = Assert.Single(parsed.Diagnostics, d => d.Id == DiagnosticCatalog.OperationPatternUnmatched);
        Assert.Equal(("/docs/trustpager.md", 1, 1), (unmatched.FilePath, unmatched.Line, unmatched.Column));
    }

    private static ApiModel Build(string yaml, string? include = null, string? exclude = null)
    {
        var parsed = Parse(yaml, include, exclude);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity != SpecSeverity.Info);
        return parsed.Model!;
    }

    private static SpecParseResult Parse(string yaml, string? include = null, string? exclude = null) =>
        SpecPipeline.Parse(Input(yaml, include, exclude));

    private static SpecInput Input(string yaml, string? include, string? exclude) =>
        SpecInput.Create("/specs/store.yaml", yaml, null, "StoreClient", null) with { Operations = OperationFilter.From(include, exclude) };

    private const string Components = "/components/schemas/";

    // The records, enums and unions named after components (inline ones are named after where they stand).
    private static List<string> ComponentTypes(ApiModel model) =>
        model.Dtos.Select(d => (d.Name, d.SchemaPath))
            .Concat(model.Enums.Select(e => (e.Name, e.SchemaPath)))
            .Concat(model.Unions.Select(u => (u.Name, u.SchemaPath)))
            .Where(t => t.SchemaPath.StartsWith(Components, System.StringComparison.Ordinal) && t.SchemaPath.IndexOf('/', Components.Length) < 0)
            .Select(t => t.Name)
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToList();
}
