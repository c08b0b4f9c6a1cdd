using System.Threading.Tasks;

namespace SpecForge.Core.Tests.CrossCheck;

/// <summary>
/// The cross-check's own checks, on small inline specs: a real difference is reported in the words the corpus
/// test's table of known differences uses, and the ways the two libraries merely represent the same spec
/// differently are not.
/// </summary>
public sealed class SpecViewComparerTests
{
    private const string Pets = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Pets", "version": "1" },
          "paths": {
            "/pets/{id}": {
              "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
              "get": {
                "operationId": "getPet",
                "parameters": [ { "name": "verbose", "in": "query", "schema": { "type": "boolean" } } ],
                "responses": { "200": { "description": "The pet." } }
              },
              "delete": { "operationId": "deletePet", "responses": { "204": { "description": "Gone." } } }
            }
          },
          "components": {
            "schemas": {
              "Pet": {
                "type": "object",
                "required": [ "id" ],
                "properties": { "id": { "type": "string" }, "name": { "type": "string" } }
              },
              "Owner": { "type": "object" }
            }
          }
        }
        """;

    // Pets with one change to every compared part.
    private const string OtherPets = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Pets", "version": "1" },
          "paths": {
            "/pets/{id}": {
              "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
              "get": {
                "operationId": "fetchPet",
                "parameters": [ { "name": "verbose", "in": "header", "schema": { "type": "boolean" } } ],
                "responses": { "200": { "description": "The pet." } }
              },
              "post": { "operationId": "replacePet", "responses": { "204": { "description": "Replaced." } } }
            }
          },
          "components": {
            "schemas": {
              "Pet": {
                "type": "object",
                "required": [ "id", "tag" ],
                "properties": { "id": { "type": "string" }, "tag": { "type": "string" } }
              },
              "Toy": { "type": "object" }
            }
          }
        }
        """;

    // The Swagger 2.0 constructs where the libraries' object models part ways: body and formData parameters (a
    // request body in Microsoft.OpenApi, parameters in NSwag), a body sent as a form (must not pass for formData),
    // a component that is only a $ref, allOf beside own properties, and a path-level parameter an operation repeats.
    private const string Swagger2Shapes = """
        {
          "swagger": "2.0",
          "info": { "title": "Shapes", "version": "1" },
          "paths": {
            "/pets/{id}": {
              "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ],
              "post": {
                "operationId": "createPet",
                "parameters": [ { "name": "pet", "in": "body", "schema": { "$ref": "#/definitions/Pet" } } ],
                "responses": { "204": { "description": "Created." } }
              },
              "put": {
                "operationId": "uploadPhoto",
                "consumes": [ "multipart/form-data" ],
                "parameters": [
                  { "name": "id", "in": "path", "required": true, "type": "string", "description": "Repeated." },
                  { "name": "caption", "in": "formData", "type": "string" },
                  { "name": "photo", "in": "formData", "required": true, "type": "file" }
                ],
                "responses": { "204": { "description": "Stored." } }
              },
              "patch": {
                "operationId": "patchPet",
                "consumes": [ "application/x-www-form-urlencoded" ],
                "parameters": [ { "name": "changes", "in": "body", "schema": { "$ref": "#/definitions/Pet" } } ],
                "responses": { "204": { "description": "Patched." } }
              }
            }
          },
          "definitions": {
            "Pet": {
              "type": "object",
              "required": [ "name" ],
              "properties": { "name": { "type": "string" }, "age": { "type": "integer" } }
            },
            "Animal": { "$ref": "#/definitions/Pet" },
            "Dog": {
              "allOf": [ { "$ref": "#/definitions/Pet" } ],
              "required": [ "bark" ],
              "properties": { "bark": { "type": "boolean" } }
            }
          }
        }
        """;

    // The OpenAPI 3.0 counterpart: NSwag adds a synthetic body parameter for a requestBody.
    private const string OpenApi3Shapes = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Shapes", "version": "1" },
          "paths": {
            "/pets": {
              "post": {
                "operationId": "createPet",
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } } },
                "responses": { "204": { "description": "Created." } }
              }
            }
          },
          "components": {
            "schemas": {
              "Pet": { "type": "object", "properties": { "name": { "type": "string" } } },
              "Animal": { "$ref": "#/components/schemas/Pet" }
            }
          }
        }
        """;

    [Fact]
    public async Task Each_compared_part_reports_its_difference()
    {
        var ours = (await SpecViews.ReadAsync("pets.json", Pets)).Ours;
        var theirs = (await SpecViews.ReadAsync("other-pets.json", OtherPets)).Theirs;

        Assert.Equal(
            new[]
            {
                "schema 'Owner' only in SpecForge",
                "schema 'Toy' only in NSwag",
                "schema 'Pet': property 'name' only in SpecForge",
                "schema 'Pet': property 'tag' only in NSwag",
                "schema 'Pet': required 'tag' only in NSwag",
                "operation 'DELETE /pets/{id}' only in SpecForge",
                "operation 'POST /pets/{id}' only in NSwag",
                "operation 'GET /pets/{id}': operationId 'getPet' in SpecForge, 'fetchPet' in NSwag",
                "operation 'GET /pets/{id}': parameter 'verbose in query' only in SpecForge",
                "operation 'GET /pets/{id}': parameter 'verbose in header' only in NSwag",
            },
            SpecViewComparer.Compare(ours, theirs));
    }

    [Fact]
    public async Task The_same_spec_reads_the_same_in_both_libraries()
    {
        var views = await SpecViews.ReadAsync("pets.json", Pets);

        Assert.Empty(SpecViewComparer.Compare(views.Ours, views.Theirs));
        Assert.Equal(new[] { "id in path", "verbose in query" }, views.Ours.Operations["GET /pets/{id}"].Parameters);
    }

    [Fact]
    public async Task Swagger2_representation_differences_are_not_reported()
    {
        var views = await SpecViews.ReadAsync("shapes.json", Swagger2Shapes);

        Assert.Empty(SpecViewComparer.Compare(views.Ours, views.Theirs));
        Assert.Equal(new[] { "caption in formData", "id in path", "photo in formData" }, views.Ours.Operations["PUT /pets/{id}"].Parameters);
        Assert.Equal(new[] { "id in path" }, views.Ours.Operations["PATCH /pets/{id}"].Parameters);
        Assert.Equal(new[] { "age", "name" }, views.Ours.Schemas["Animal"].Properties);
        Assert.Equal(new[] { "bark" }, views.Ours.Schemas["Dog"].Required);
    }

    [Fact]
    public async Task OpenApi3_representation_differences_are_not_reported()
    {
        var views = await SpecViews.ReadAsync("shapes.json", OpenApi3Shapes);

        Assert.Empty(SpecViewComparer.Compare(views.Ours, views.Theirs));
        Assert.Empty(views.Ours.Operations["POST /pets"].Parameters);
        Assert.Equal(new[] { "name" }, views.Ours.Schemas["Animal"].Properties);
    }
}
