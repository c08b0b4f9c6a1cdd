using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Modeling;
using SpecForge.Core.Reading;
using SpecForge.Core.Reading.External;
using SpecForge.Core.Reading.Selecting;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Reading.External;

/// <summary>Specs split over several files read as the one document they describe, and every reference that cannot be followed says where it is.</summary>
public sealed class ExternalReferencesTests
{
    private static readonly string Shop = RepoPaths.InRepo("tests", "SpecForge.Core.Tests", "Fixtures", "MultiFile", "shop");

    private static string ShopRoot => Path.Combine(Shop, "openapi.yaml");

    [Fact]
    public void A_multi_file_spec_bundles_into_components_named_after_their_files_and_pointers()
    {
        var result = SpecBundle.Bundle(ShopRoot, File.ReadAllText(ShopRoot), SpecFileSource.Disk);

        Assert.Empty(result.Diagnostics);
        var root = JsonNode.Parse(result.Json!)!;

        // The root's own component keeps its name; the files and pointers other parts name become components.
        Assert.Equal(new[] { "Item", "Problem", "tag" }, Keys(root["components"]!["schemas"]!));
        Assert.Equal(new[] { "limit" }, Keys(root["components"]!["parameters"]!));
        Assert.Equal(new[] { "NotFound" }, Keys(root["components"]!["responses"]!));

        // Path items are copied where they are used; the schemas they use are referenced locally.
        var list = root["paths"]!["/items"]!["get"]!;
        Assert.Equal("listItems", list["operationId"]!.GetValue<string>());
        Assert.Equal("#/components/parameters/limit", list["parameters"]![0]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/Item", list["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["items"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/responses/NotFound", root["paths"]!["/items/{id}"]!["get"]!["responses"]!["404"]!["$ref"]!.GetValue<string>());

        // The cycle between the two schema files is two local references.
        Assert.Equal("#/components/schemas/tag", root["components"]!["schemas"]!["Item"]!["properties"]!["tags"]!["items"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/Item", root["components"]!["schemas"]!["tag"]!["properties"]!["item"]!["$ref"]!.GetValue<string>());

        // A pointer inside a part is resolved in that part; a code sample is its file's text.
        Assert.Equal("#/components/schemas/Problem", root["components"]!["responses"]!["NotFound"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.Equal("curl https://shop.example/items\n", list["x-codeSamples"]![0]!["source"]!.GetValue<string>());
    }

    [Fact]
    public void The_parts_a_build_hands_over_read_like_the_disk()
    {
        var parts = Directory.EnumerateFiles(Shop, "*", SearchOption.AllDirectories)
            .Select(path => new SpecPart(path, File.ReadAllText(path)))
            .ToEquatableArray();

        var fromDisk = SpecBundle.Bundle(ShopRoot, File.ReadAllText(ShopRoot), SpecFileSource.Disk);
        var fromParts = SpecBundle.Bundle(ShopRoot, File.ReadAllText(ShopRoot), SpecFileSource.FromParts(parts));

        Assert.Empty(fromParts.Diagnostics);
        Assert.Equal(fromDisk.Json, fromParts.Json);
    }

    [Fact]
    public void The_model_of_a_multi_file_spec_has_its_types_and_operations()
    {
        var model = Model(ShopRoot, File.ReadAllText(ShopRoot), SpecFileSource.Disk, out var diagnostics);

        Assert.DoesNotContain(diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(new[] { "Item", "Problem", "Tag" }, model.Dtos.Select(d => d.Name).OrderBy(n => n));
        Assert.Equal(new[] { "GetItemAsync", "ListItemsAsync" }, model.Operations.Select(o => o.MethodName).OrderBy(n => n));
        Assert.Equal("IReadOnlyList<Tag>", model.Dtos.Single(d => d.Name == "Item").Properties.Single(p => p.JsonName == "tags").Type.Display.Replace("global::System.Collections.Generic.", string.Empty).TrimEnd('?'));
        Assert.Contains(model.Operations.Single(o => o.MethodName == "ListItemsAsync").Parameters, p => p.WireName == "limit");
    }

    [Theory]
    [InlineData("schemas/missing.yaml", "is not there")]
    [InlineData("../outside.yaml", "outside the folder")]
    [InlineData("https://example.com/pet.yaml", "never reads the network")]
    [InlineData("notes.txt", "not JSON or YAML")]
    [InlineData("parts.yaml#/nothing/here", "points at nothing")]
    public void A_reference_that_cannot_be_followed_is_SF1016_at_the_ref_in_the_file_that_holds_it(string reference, string reason)
    {
        var files = Parts(
            ("/spec/openapi.yaml", Root31("  /a:\n    $ref: paths/a.yaml\n")),
            ("/spec/paths/a.yaml", "get:\n  operationId: getA\n  responses:\n    \"200\":\n      description: ok\n      content:\n        application/json:\n          schema:\n            $ref: \"" + Relative(reference) + "\"\n"),
            ("/spec/parts.yaml", "Thing: { type: string }\n"),
            ("/spec/notes.txt", "not a spec\n"),
            ("/outside.yaml", "type: string\n"));

        Model("/spec/openapi.yaml", Root31("  /a:\n    $ref: paths/a.yaml\n"), files, out var diagnostics);

        var error = Assert.Single(diagnostics, d => d.Id == DiagnosticCatalog.ExternalReferenceNotFollowed);
        Assert.Equal(SpecSeverity.Error, error.Severity);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal((Path.GetFullPath("/spec/paths/a.yaml"), 9), (error.FilePath, error.Line));
        Assert.Equal(13, error.Column);
    }

    [Fact]
    public void A_problem_inside_a_part_is_reported_in_that_part()
    {
        var root = Root31("  /a:\n    get:\n      operationId: getA\n      responses:\n        \"200\":\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: schemas/thing.yaml }\n");
        var files = Parts(("/spec/schemas/thing.yaml", "type: object\nproperties:\n  name:\n    type: string\n    maxLength: lots\n"));

        Model("/spec/openapi.yaml", root, files, out var diagnostics);

        var repaired = Assert.Single(diagnostics, d => d.Id == DiagnosticCatalog.OpenApiStructureError);
        Assert.Equal((Path.GetFullPath("/spec/schemas/thing.yaml"), 5), (repaired.FilePath, repaired.Line));
    }

    [Fact]
    public void Path_items_that_refer_to_each_other_are_a_cycle_not_an_endless_copy()
    {
        var files = Parts(
            ("/spec/a.yaml", "$ref: b.yaml\n"),
            ("/spec/b.yaml", "$ref: a.yaml\n"));

        Model("/spec/openapi.yaml", Root31("  /a:\n    $ref: a.yaml\n"), files, out var diagnostics);

        Assert.Contains(diagnostics, d => d.Id == DiagnosticCatalog.ReferenceCycle);
    }

    [Fact]
    public void A_missing_code_sample_is_a_warning_because_the_sdk_does_not_need_it()
    {
        var root = Root31("  /a:\n    get:\n      operationId: getA\n      responses: { \"200\": { description: ok } }\n      x-codeSamples:\n        - lang: shell\n          source: { $ref: samples/a.sh }\n");

        Model("/spec/openapi.yaml", root, Parts(), out var diagnostics);

        var warning = Assert.Single(diagnostics, d => d.Id == DiagnosticCatalog.ExternalReferenceNotFollowed);
        Assert.Equal(SpecSeverity.Warning, warning.Severity);
    }

    [Theory]
    [InlineData("swagger: \"2.0\"\ninfo: { title: T, version: \"1\" }\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        \"200\":\n          description: ok\n          schema: { $ref: \"defs.yaml#/Pet\" }\n", "definitions")]
    [InlineData("openapi: 3.0.3\ninfo: { title: T, version: \"1\" }\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        \"200\":\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: \"defs.yaml#/Pet\" }\n", "components")]
    public void Swagger_2_and_OpenApi_3_0_parts_go_where_their_version_keeps_schemas(string root, string home)
    {
        var result = SpecBundle.Bundle("/spec/openapi.yaml", root, Parts(("/spec/defs.yaml", "Pet:\n  type: object\n  properties:\n    name: { type: string }\n")));

        Assert.Empty(result.Diagnostics);
        var bundled = JsonNode.Parse(result.Json!)!;
        var pet = home == "definitions" ? bundled["definitions"]!["Pet"] : bundled["components"]!["schemas"]!["Pet"];
        Assert.Equal("string", pet!["properties"]!["name"]!["type"]!.GetValue<string>());

        var model = Model("/spec/openapi.yaml", root, Parts(("/spec/defs.yaml", "Pet:\n  type: object\n  properties:\n    name: { type: string }\n")), out _);
        Assert.Equal("Pet", Assert.Single(model.Dtos).Name);
    }

    [Fact]
    public void An_extension_taken_from_a_file_has_its_own_references_followed()
    {
        var root = "openapi: 3.1.0\ninfo: { title: T, version: \"1\" }\npaths: {}\nx-tagGroups: { $ref: groups.yaml }\n";
        var files = Parts(("/spec/groups.yaml", "- name: Shop\n  tags: [items]\n  note: { $ref: notes/shop.md }\n"), ("/spec/notes/shop.md", "Everything sold.\n"));

        var result = SpecBundle.Bundle("/spec/openapi.yaml", root, files);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Everything sold.\n", JsonNode.Parse(result.Json!)!["x-tagGroups"]![0]!["note"]!.GetValue<string>());
    }

    [Fact]
    public void A_spec_without_references_to_other_files_is_not_walked()
    {
        Assert.False(ExternalReferences.MayHaveAny("openapi: 3.1.0\npaths: {}\ncomponents: { schemas: { A: { $ref: '#/components/schemas/B' } } }\n"));
        Assert.True(ExternalReferences.MayHaveAny("paths:\n  /a:\n    $ref: paths/a.yaml\n"));
        Assert.True(ExternalReferences.MayHaveAny("{\"paths\":{\"/a\":{\"$ref\":\"a.json\"}}}"));
    }

    [Fact]
    public void A_diff_sees_a_change_made_inside_a_referenced_file()
    {
        var old = Directory.EnumerateFiles(Shop, "*", SearchOption.AllDirectories).Select(path => new SpecPart("/old" + path.Substring(Shop.Length), File.ReadAllText(path))).ToList();
        var @new = old.Select(part => new SpecPart(part.Path.Replace("/old", "/new", StringComparison.Ordinal), part.Path.EndsWith("parameters.yaml", StringComparison.Ordinal)
            ? part.Text.Replace("  in: query\n", "  in: query\n  required: true\n", StringComparison.Ordinal)
            : part.Text)).ToList();
        var files = SpecFileSource.FromParts(old.Concat(@new).ToEquatableArray());

        var report = SpecForge.Core.Diffing.SpecDiff.Compare(
            new[] { new SpecForge.Core.Documentation.DocumentInput("/old/openapi.yaml", old.Single(p => p.Path == "/old/openapi.yaml").Text) },
            new[] { new SpecForge.Core.Documentation.DocumentInput("/new/openapi.yaml", @new.Single(p => p.Path == "/new/openapi.yaml").Text) },
            files);

        Assert.Empty(report.Diagnostics);
        var change = Assert.Single(report.Changes);
        Assert.Equal(SpecForge.Core.Diffing.ChangeLevel.Breaking, change.Level);
        Assert.Contains("limit", change.Message, StringComparison.Ordinal);

        // Located in a part (where the parameter or its reference is written), not at the root's line for the path.
        Assert.Contains(change.New!.File, new[] { Path.GetFullPath("/new/parameters.yaml"), Path.GetFullPath("/new/paths/items.yaml") });
    }

    private static string Root31(string paths) => "openapi: 3.1.0\ninfo: { title: T, version: \"1\" }\npaths:\n" + paths;

    // Relative to paths/a.yaml, where the reference is written.
    private static string Relative(string reference) =>
        reference.StartsWith("https:", StringComparison.Ordinal) ? reference : "../" + reference;

    private static SpecFileSource Parts(params (string Path, string Text)[] files) =>
        SpecFileSource.FromParts(files.Select(f => new SpecPart(f.Path, f.Text)).ToEquatableArray());

    private static ApiModel Model(string path, string text, SpecFileSource files, out IReadOnlyList<SpecDiagnostic> diagnostics)
    {
        var parsed = SpecPipeline.Parse(SpecInput.Create(path, text, null, null, null) with { Files = files });
        diagnostics = parsed.Diagnostics;
        Assert.NotNull(parsed.Model);
        return parsed.Model!;
    }

    private static string[] Keys(JsonNode node) => node.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray();
}
