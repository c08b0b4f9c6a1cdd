using System.Linq;
using System.Collections.Generic;
using SpecForge.Core.Collections;
using SpecForge.Core.Emitting;
using SpecForge.Core.Emitting.Planning;
using SpecForge.Core.Emitting.Runtime;
using SpecForge.Core.Emitting.Artifacts;
using SpecForge.Core.Modeling;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Emitting;

/// <summary>Emitters snapshotted from hand-built models, with no reader or Roslyn involved (DESIGN.md rules 4 and 9).</summary>
public sealed class EmitterSnapshotTests
{
    private static readonly TypeRef String = new("string", false, false) { Kind = TypeKind.String };
    private static readonly TypeRef Long = new("long", false, true) { Kind = TypeKind.Int64 };
    private static readonly TypeRef Widget = new("Widget", false, false) { Kind = TypeKind.Record };

    private static ApiModel Model() => new(
        "Acme.Widgets",
        "WidgetsClient",
        "Widgets",
        "2.1",
        "Hand-built model: every template branch at least once.",
        "https://widgets.example.com",
        new[]
        {
            new DtoModel("Widget", "/components/schemas/Widget", "A widget.", false, new[]
            {
                new PropertyModel("Id", "id", Long, true, null, false),
                new PropertyModel("Name", "name", String, true, "Display name.", false),
                new PropertyModel("Legacy", "legacy-flag", new TypeRef("bool", true, true) { Kind = TypeKind.Boolean }, false, null, true),
                new PropertyModel("OldCode", "old_code", String, true, "Required but deprecated: C# allows no [Obsolete] on a required member.", true),
            }.ToEquatableArray()),
            new DtoModel("Empty", "/components/schemas/Empty", null, true, EquatableArray<PropertyModel>.Empty),
        }.ToEquatableArray(),
        new[]
        {
            new OperationModel(
                "UpdateWidgetAsync", "PATCH", "/widgets/{id}/{slot}", "updateWidget", "Update a widget.", null, false,
                new[] { "widgets" }.ToEquatableArray(),
                new[]
                {
                    new ParameterModel("id", "id", ParameterLocation.Path, Long, true, "The widget.", false),
                    new ParameterModel("slot", "slot", ParameterLocation.Path, String, true, null, false),
                    new ParameterModel("tags", "tag", ParameterLocation.Query, new TypeRef("global::System.Collections.Generic.IReadOnlyList<string>", true, false) { Kind = TypeKind.List, Element = String }, false, null, false),
                    new ParameterModel("xTrace", "X-Trace", ParameterLocation.Header, String, true, null, false),
                    new ParameterModel("session", "session", ParameterLocation.Cookie, new TypeRef("string", true, false) { Kind = TypeKind.String }, false, null, false),
                }.ToEquatableArray(),
                new RequestBodyModel("body", "application/merge-patch+json", BodyKind.Json, Widget, true, null),
                new ResponseModel("200", "application/json", BodyKind.Json, Widget, "The updated widget.")),
            new OperationModel(
                "DeleteWidgetAsync", "DELETE", "/widgets/{id}", null, null, null, true,
                EquatableArray<string>.Empty,
                new[] { new ParameterModel("id", "id", ParameterLocation.Path, Long, true, null, false) }.ToEquatableArray(),
                null,
                null),
            new OperationModel(
                "UploadAsync", "PUT", "/widgets/{id}/blob", null, null, null, false,
                EquatableArray<string>.Empty,
                new[] { new ParameterModel("id", "id", ParameterLocation.Path, Long, true, null, false) }.ToEquatableArray(),
                new RequestBodyModel("content", "application/octet-stream", BodyKind.Binary, new TypeRef("global::System.Net.Http.HttpContent", true, false) { Kind = TypeKind.HttpContent }, false, null),
                new ResponseModel("200", "text/plain", BodyKind.Text, String, null)),
        }.ToEquatableArray());

    [Fact]
    public void Everything_emitted_compiles_without_warnings()
    {
        var emitted = SpecPipeline.Emit(Model(), EquatableArray<TemplateOverride>.Empty, EmitOptions.Latest);
        Assert.Empty(emitted.Diagnostics);
        var sources = emitted.Files.Select(f => f.Source).ToList();
        RuntimeEmitter.Emit(new RuntimeRequest(Model().RuntimeNamespace, SpecPipeline.RuntimeParts(Model())), (_, text) => sources.Add(text));

        var parseOptions = SpecForge.Tests.Shared.Compilations.ParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        var problems = Compilations.Problems(Compilations.Create(parseOptions, sources.ToArray()), parseOptions);

        Assert.True(problems.Count == 0, Compilations.Describe(problems));
    }

    [Fact]
    public void Dto_emitter_with_required_members()
    {
        var files = new List<(string, string)>();
        foreach (var unit in Records())
        {
            DtoEmitter.Emit(unit.Model, unit.Dto, TemplateSet.For(EquatableArray<TemplateOverride>.Empty), EmitOptions.Latest, Json(unit), (hint, text) => files.Add((hint, text)));
        }

        Snapshot.MatchAll(nameof(EmitterSnapshotTests), nameof(Dto_emitter_with_required_members), files);
    }

    [Fact]
    public void Dto_emitter_without_required_members()
    {
        var files = new List<(string, string)>();
        foreach (var unit in Records())
        {
            DtoEmitter.Emit(unit.Model, unit.Dto, TemplateSet.For(EquatableArray<TemplateOverride>.Empty), new EmitOptions(UseRequiredMembers: false), Json(unit), (hint, text) => files.Add((hint, text)));
        }

        Snapshot.MatchAll(nameof(EmitterSnapshotTests), nameof(Dto_emitter_without_required_members), files);
    }

    [Fact]
    public void Client_emitter()
    {
        var files = new List<(string, string)>();
        var client = EmitPlanner.Plan(Model()).OfType<ClientUnit>().Single();
        ClientEmitter.Emit(client.Model, TemplateSet.For(EquatableArray<TemplateOverride>.Empty), EmitOptions.Latest, new SpecForge.Core.Emitting.Json.JsonCode(client.Model, client.Json), (hint, text) => files.Add((hint, text)));

        Snapshot.MatchAll(nameof(EmitterSnapshotTests), nameof(Client_emitter), files);
    }

    [Fact]
    public void Json_converter_emitter_before_and_after_csharp_11()
    {
        var files = new List<(string, string)>();
        var templates = TemplateSet.For(EquatableArray<TemplateOverride>.Empty);
        var records = Records().ToList();
        foreach (var unit in records)
        {
            JsonConverterEmitter.Emit(unit.Model, unit.Dto, templates, EmitOptions.Latest, Json(unit), (hint, text) => files.Add(("Latest." + hint, text)));
        }

        foreach (var unit in records)
        {
            JsonConverterEmitter.Emit(unit.Model, unit.Dto, templates, new EmitOptions(UseRequiredMembers: false), Json(unit), (hint, text) => files.Add(("CSharp10." + hint, text)));
        }

        Snapshot.MatchAll(nameof(EmitterSnapshotTests), nameof(Json_converter_emitter_before_and_after_csharp_11), files);
    }

    private static SpecForge.Core.Emitting.Json.JsonCode Json(RecordUnit unit) => new(unit.Model, unit.Json);

    private static IEnumerable<RecordUnit> Records() =>
        EmitPlanner.Plan(Model()).OfType<TypesUnit>().SelectMany(letter => letter.Types).OfType<RecordUnit>();
}
