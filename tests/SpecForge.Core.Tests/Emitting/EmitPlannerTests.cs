using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecForge.Core;
using SpecForge.Core.Collections;
using SpecForge.Core.Emitting;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Emitting.Planning;
using SpecForge.Core.Modeling;
using SpecForge.Tests.Shared;

namespace SpecForge.Core.Tests.Emitting;

/// <summary>
/// Units are pure: each renders from its own slice and plan, so the order they run in, or running one alone, changes
/// nothing, and the codec names every method before any file asks for it.
/// </summary>
public sealed class EmitPlannerTests
{
    private static readonly TemplateSet Templates = TemplateSet.For(EquatableArray<TemplateOverride>.Empty);

    public static TheoryData<string> Fixtures => new() { "types-v31.yaml", "store-v30.json", "client-v31.yaml" };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Units_render_the_same_files_in_any_order_and_alone(string fixture)
    {
        var model = Model(fixture);
        var units = EmitPlanner.Plan(model).ToList();

        var inOrder = Render(units);
        var reversed = Render(Enumerable.Reverse(units));
        var oneByOne = units.Select(unit => Render(new[] { unit })).SelectMany(files => files).ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal(inOrder, reversed);
        Assert.Equal(inOrder, oneByOne);

        // The pipeline's own output is these files, byte for byte.
        var emitted = SpecPipeline.Emit(model, EquatableArray<TemplateOverride>.Empty, EmitOptions.Latest);
        Assert.Empty(emitted.Diagnostics);
        Assert.Equal(inOrder, emitted.Files.ToDictionary(f => f.HintName, f => f.Source));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_unit_carries_the_codec_names_of_the_whole_plan(string fixture)
    {
        var units = EmitPlanner.Plan(Model(fixture));
        var codec = units.OfType<CodecUnit>().Single();

        Assert.Equal(codec.Json.Composites.Count, codec.Json.Composites.Select(c => c.MethodName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var plan in Flattened(units).Select(PlanOf))
        {
            Assert.All(plan.Composites, composite => Assert.Contains(composite, codec.Json.Composites));
            Assert.All(plan.RootScalars, scalar => Assert.Contains(scalar, codec.Json.RootScalars));
        }
    }

    [Fact]
    public void A_record_slice_holds_its_bases_and_the_records_its_discriminator_names_and_nothing_else()
    {
        var units = Flattened(EmitPlanner.Plan(Model("types-v31.yaml"))).OfType<RecordUnit>().ToDictionary(u => u.Dto.Name);

        Assert.Equal(new[] { "Animal", "Dog" }, units["Dog"].Model.Dtos.Select(d => d.Name).OrderBy(n => n));
        Assert.Equal(new[] { "Cat", "Lizard", "Pet" }, units["Pet"].Model.Dtos.Select(d => d.Name).OrderBy(n => n));
        Assert.Equal(new[] { "Animal" }, units["Animal"].Model.Dtos.Select(d => d.Name));
        Assert.True(units["Pet"].IsDerivedFrom);
        Assert.False(units["Cat"].IsDerivedFrom);

        // A record's slice knows nothing of operations, servers or the API's description, so editing them leaves it equal.
        Assert.All(units.Values, unit =>
        {
            Assert.Empty(unit.Model.Operations);
            Assert.Empty(unit.Model.ServerUrls);
            Assert.Null(unit.Model.Description);
        });
    }

    [Fact]
    public void An_edit_to_one_schema_changes_only_its_unit()
    {
        var before = EmitPlanner.Plan(Model("types-v31.yaml"));
        var after = EmitPlanner.Plan(Model("types-v31.yaml", text => text.Replace("Inherits Animal (one $ref plus properties).", "Inherits Animal.", StringComparison.Ordinal)));

        Assert.Equal(before.Count, after.Count);
        var changed = before.Zip(after, (b, a) => (b, a)).Where(pair => !pair.b.Equals(pair.a)).Select(pair => pair.a.Key).ToList();
        Assert.Equal(new[] { "Models.D" }, changed);

        // Within its letter's unit, only Dog's part differs.
        var beforeTypes = Flattened(before).ToList();
        var afterTypes = Flattened(after).ToList();
        Assert.Equal(beforeTypes.Count, afterTypes.Count);
        Assert.Equal(new[] { "Dto.Dog" }, beforeTypes.Zip(afterTypes, (b, a) => (b, a)).Where(pair => !pair.b.Equals(pair.a)).Select(pair => pair.a.Key));
    }

    [Fact]
    public void Types_share_one_unit_per_letter_in_model_order()
    {
        var model = Model("types-v31.yaml");
        var units = EmitPlanner.Plan(model).OfType<TypesUnit>().ToList();

        Assert.Equal(units.Select(u => u.Letter).OrderBy(l => l, StringComparer.Ordinal), units.Select(u => u.Letter));
        Assert.All(units, unit => Assert.All(unit.Types, type => Assert.StartsWith(unit.Letter, KeyName(type), StringComparison.OrdinalIgnoreCase)));
        var typeCount = model.Dtos.Count + model.Unions.Count + model.Enums.Count;
        Assert.Equal(typeCount, units.Sum(u => u.Types.Count));
        Assert.Equal(
            EmitPlanner.HintNames(model, EmitOptions.Latest).Where(n => n.Contains(".Models.", StringComparison.Ordinal)),
            units.Select(u => ArtifactFiles.Types(model.ClientName, u.Letter)));
    }

    [Theory]
    [InlineData("Pet", "P")]
    [InlineData("pet", "P")]
    [InlineData("@class", "C")]
    [InlineData("_Hidden", "_")]
    [InlineData("\u00c9t\u00e9", "_")]
    public void A_type_files_under_its_ascii_letter_upper_cased_else_an_underscore(string typeName, string letter)
    {
        Assert.Equal(letter, ArtifactFiles.Letter(System.Text.RegularExpressions.Regex.Unescape(typeName)));
        Assert.Equal("C.Models." + letter + ".g.cs", ArtifactFiles.Types("C", System.Text.RegularExpressions.Regex.Unescape(typeName)));
    }

    private static string KeyName(EmitUnit unit) => unit.Key.Substring(unit.Key.IndexOf('.') + 1);

    // The units with each letter's unit replaced by the type units it renders.
    private static IEnumerable<EmitUnit> Flattened(IEnumerable<EmitUnit> units) =>
        units.SelectMany(unit => unit is TypesUnit types ? types.Types.AsEnumerable() : new[] { unit });

    [Fact]
    public void The_codec_refuses_a_list_its_plan_does_not_name()
    {
        var code = new JsonCode("Acme", "AcmeClient", "Acme.SpecForge", JsonPlan.Empty);
        var list = new TypeRef("global::System.Collections.Generic.IReadOnlyList<string>", false, false) { Kind = TypeKind.List, Element = new TypeRef("string", false, false) { Kind = TypeKind.String } };

        var error = Assert.Throws<InvalidOperationException>(() => code.Read(list));
        Assert.Contains("planner", error.Message, StringComparison.Ordinal);
    }

    private static JsonPlan PlanOf(EmitUnit unit) => unit switch
    {
        RecordUnit record => record.Json,
        UnionUnit union => union.Json,
        ClientUnit client => client.Json,
        CodecUnit codec => codec.Json,
        _ => JsonPlan.Empty,
    };

    // Through the pipeline's own per-unit entry point; Add throws if two units wrote one file, which would make
    // rendering them apart lose half of it.
    private static Dictionary<string, string> Render(IEnumerable<EmitUnit> units)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var emitted = SpecPipeline.EmitUnit(unit, EquatableArray<TemplateOverride>.Empty, EmitOptions.Latest);
            Assert.Empty(emitted.Diagnostics);
            Assert.NotEmpty(emitted.Files);
            foreach (var file in emitted.Files)
            {
                files.Add(file.HintName, file.Source);
            }
        }

        return files;
    }

    private static ApiModel Model(string fixture, Func<string, string>? edit = null)
    {
        var path = RepoPaths.InRepo("tests", "SpecForge.Generator.Tests", "Fixtures", fixture);
        var text = File.ReadAllText(path);
        var parsed = SpecPipeline.Parse(SpecInput.Create("/specs/" + fixture, edit is null ? text : edit(text), null, null, null));
        Assert.NotNull(parsed.Model);
        return parsed.Model!;
    }
}
