using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Collections;
using SpecForge.Core.Emitting.Artifacts;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Planning;

/// <summary>
/// Cuts a model into the units its files are rendered from, after deciding what they share: the codec's method names
/// (<see cref="JsonPlan"/>). Everything here is a function of the model alone, so rendering a unit depends on nothing
/// but the unit, the templates and the options, and units can be rendered in any order or apart.
/// </summary>
public static class EmitPlanner
{
    /// <summary>The units of <paramref name="model"/>: one per letter its records, unions and enums start with, the client when it is on, and the codec.</summary>
    public static EquatableArray<EmitUnit> Plan(ApiModel model)
    {
        var records = new RecordGraph(model);
        var recordUses = model.Dtos.Select(dto => UsesOf(dto, records)).ToList();
        var unionUses = model.Unions.Select(UsesOf).ToList();
        var clientUses = model.EmitClient ? UsesOf(model.Operations) : new JsonUses();
        var bodyComposites = BodyComposites(model).ToList();
        var codecUses = new JsonUses();
        foreach (var composite in bodyComposites)
        {
            codecUses.Value(composite);
        }

        // Named in the order the files are emitted, so a name's suffix (when two types describe alike) is stable.
        var all = new JsonUses();
        recordUses.ForEach(uses => all.Add(uses));
        unionUses.ForEach(uses => all.Add(uses));
        all.Add(clientUses).Add(codecUses);
        var plan = JsonPlan.Name(all);

        // Looked up once per unit, so a spec with thousands of types is not searched end to end for each of them.
        var methods = plan.Composites.ToDictionary(c => JsonUses.Key(c.Type), System.StringComparer.Ordinal);
        var enums = model.Enums.Select((item, index) => (item, index)).ToDictionary(e => e.item.Name, System.StringComparer.Ordinal);
        JsonPlan SliceOf(JsonUses uses) => uses.IsEmpty
            ? JsonPlan.Empty
            : new JsonPlan(
                uses.Composites.Select(c => methods[JsonUses.Key(c)]).ToEquatableArray(),
                plan.RootScalars.Where(s => uses.RootScalars.Any(u => u.Kind == s.Kind)).ToEquatableArray());

        var units = new List<EmitUnit>();
        var shared = Shared(model);
        for (var i = 0; i < model.Dtos.Count; i++)
        {
            var dto = model.Dtos[i];
            var slice = shared with { Dtos = records.SliceFor(dto), Enums = EnumsUsedBy(enums, dto.Properties.Select(p => p.Type).Concat(Bag(dto))) };
            units.Add(new RecordUnit(slice, dto, records.IsDerivedFrom(dto.Name), SliceOf(recordUses[i])));
        }

        for (var i = 0; i < model.Unions.Count; i++)
        {
            var union = model.Unions[i];
            var slice = shared with { Unions = new[] { union }.ToEquatableArray(), Enums = EnumsUsedBy(enums, union.Branches.Select(b => b.Type)) };
            units.Add(new UnionUnit(slice, union, SliceOf(unionUses[i])));
        }

        foreach (var item in model.Enums)
        {
            units.Add(new EnumUnit(shared with { Enums = new[] { item }.ToEquatableArray() }, item));
        }

        if (model.EmitClient)
        {
            // A server variable's enum is an option of the client only, so it has no JSON codec methods and no use without one.
            foreach (var variable in model.ServerVariables.Where(v => v.Enum is not null))
            {
                units.Add(new EnumUnit(shared with { Enums = new[] { variable.Enum! }.ToEquatableArray() }, variable.Enum!));
            }
        }

        units = ByLetter(shared, units);
        if (model.EmitClient)
        {
            var slice = model with { Dtos = EquatableArray<DtoModel>.Empty, Unions = EquatableArray<UnionModel>.Empty, Enums = EnumsUsedBy(enums, OperationTypes(model.Operations)), SpecJson = null };
            units.Add(new ClientUnit(slice, SliceOf(clientUses)));
        }

        units.Add(new CodecUnit(
            shared,
            model.Dtos.Select(d => d.Name).ToEquatableArray(),
            model.Unions.Select(u => u.Name).ToEquatableArray(),
            model.Enums.Select(e => e.Name).ToEquatableArray(),
            bodyComposites.ToEquatableArray(),
            plan));
        return units.ToEquatableArray();
    }

    /// <summary>The hint names of every file the units of <paramref name="model"/> render (the mock's aside).</summary>
    public static IEnumerable<string> HintNames(ApiModel model, EmitOptions options)
    {
        var client = model.ClientName;
        var typeNames = model.Dtos.Select(d => d.Name)
            .Concat(model.Unions.Select(u => u.Name))
            .Concat(model.Enums.Select(e => e.Name))
            .Concat(model.EmitClient ? model.ServerVariables.Where(v => v.Enum is not null).Select(v => v.Enum!.Name) : Enumerable.Empty<string>());
        foreach (var letter in typeNames.Select(ArtifactFiles.Letter).Distinct().OrderBy(l => l, System.StringComparer.Ordinal))
        {
            yield return ArtifactFiles.Types(client, letter);
        }

        if (model.EmitClient)
        {
            yield return ArtifactFiles.Client(client);
            foreach (var group in model.Groups)
            {
                yield return ArtifactFiles.Group(client, group.PropertyName);
            }

            yield return ArtifactFiles.Options(client);
            if (options.EmitDependencyInjection)
            {
                yield return ArtifactFiles.DependencyInjection(client);
            }
        }

        yield return ArtifactFiles.Json(client);
    }

    // The type units gathered into one unit per file, in letter order, each keeping the model order of its types.
    private static List<EmitUnit> ByLetter(ApiModel shared, List<EmitUnit> typeUnits) =>
        typeUnits
            .GroupBy(unit => ArtifactFiles.Letter(TypeName(unit)), System.StringComparer.Ordinal)
            .OrderBy(group => group.Key, System.StringComparer.Ordinal)
            .Select(group => (EmitUnit)new TypesUnit(shared, group.Key, group.ToEquatableArray()))
            .ToList();

    private static string TypeName(EmitUnit unit) => unit switch
    {
        RecordUnit record => record.Dto.Name,
        UnionUnit union => union.Union.Name,
        EnumUnit item => item.Enum.Name,
        _ => throw new System.ArgumentException($"Not a type's unit: {unit.Key}", nameof(unit)),
    };

    // What every slice keeps: names, namespaces and switches; a description or a server edit reaches only the client.
    private static ApiModel Shared(ApiModel model) => model with
    {
        Title = string.Empty,
        ApiVersion = string.Empty,
        Description = null,
        DefaultBaseUrl = null,
        Dtos = EquatableArray<DtoModel>.Empty,
        Operations = EquatableArray<OperationModel>.Empty,
        Enums = EquatableArray<EnumModel>.Empty,
        Unions = EquatableArray<UnionModel>.Empty,
        Groups = EquatableArray<OperationGroupModel>.Empty,
        SecuritySchemes = EquatableArray<SecuritySchemeModel>.Empty,
        ServerUrls = EquatableArray<string>.Empty,
        ServerTemplate = null,
        ServerVariables = EquatableArray<ServerVariableModel>.Empty,
        SpecJson = null,
    };

    // A converter reads and writes every member (inherited ones too) and the values of the bag it or a base keeps.
    private static JsonUses UsesOf(DtoModel dto, RecordGraph records)
    {
        var uses = new JsonUses();
        foreach (var property in dto.Properties)
        {
            uses.Value(property.Type);
        }

        var bag = dto.AdditionalProperties ?? records.Ancestors(dto).Select(a => a.AdditionalProperties).FirstOrDefault(b => b is not null);
        if (bag is not null)
        {
            uses.Value(bag.ValueType);
        }

        return uses;
    }

    private static JsonUses UsesOf(UnionModel union)
    {
        var uses = new JsonUses();
        foreach (var branch in union.Branches)
        {
            uses.Value(branch.Type);
        }

        return uses;
    }

    // What OperationTemplateBuilder hands the codec: bodies it may send as JSON or form, results and errors it reads as
    // JSON, paged items, and objects in parameters and multipart fields, which travel as their JSON form.
    private static JsonUses UsesOf(IEnumerable<OperationModel> operations)
    {
        var uses = new JsonUses();
        foreach (var operation in operations)
        {
            foreach (var parameter in operation.Parameters.Where(p => OperationTemplateBuilder.NeedsJson(p.Type)))
            {
                uses.Root(parameter.Type);
            }

            if (operation.RequestBody is { } body)
            {
                if (body.Kind is BodyKind.Json or BodyKind.Form)
                {
                    uses.Root(body.Type);
                }

                foreach (var field in body.Fields.Where(f => f.Type.Kind != TypeKind.File && OperationTemplateBuilder.NeedsJson(f.Type)))
                {
                    uses.Root(field.Type);
                }
            }

            if (OperationTemplateBuilder.IsReadAsJson(operation.SuccessResponse))
            {
                uses.Root(operation.SuccessResponse!.Type!);
            }

            if (OperationTemplateBuilder.PagedItemType(operation) is { } itemType)
            {
                uses.Root(itemType);
            }

            foreach (var error in operation.ErrorResponses)
            {
                if (error is { Kind: BodyKind.Json, Type: { } errorType })
                {
                    uses.Root(errorType);
                }
            }
        }

        return uses;
    }

    // Every list or map a body or response uses: what a caller may hand to JsonSerializer, so the resolver serves it.
    private static IEnumerable<TypeRef> BodyComposites(ApiModel model)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var type in BodyTypes(model).Where(t => t.Kind is TypeKind.List or TypeKind.Map))
        {
            if (seen.Add(JsonUses.Key(type)))
            {
                yield return type.AsNonNullable();
            }
        }
    }

    private static IEnumerable<TypeRef> BodyTypes(ApiModel model)
    {
        foreach (var operation in model.Operations)
        {
            if (operation.RequestBody is { Kind: BodyKind.Json or BodyKind.Form } body)
            {
                yield return body.Type;
            }

            if (operation.SuccessResponse is { Kind: BodyKind.Json or BodyKind.JsonLines or BodyKind.ServerSentEvents, Type: { } result })
            {
                yield return result;
            }

            foreach (var error in operation.ErrorResponses)
            {
                if (error is { Kind: BodyKind.Json, Type: { } errorType })
                {
                    yield return errorType;
                }
            }

            if (operation.Pagination is { } paging)
            {
                yield return paging.ItemType;
            }
        }
    }

    private static IEnumerable<TypeRef> Bag(DtoModel dto) =>
        dto.AdditionalProperties is { } bag ? new[] { bag.ValueType } : Enumerable.Empty<TypeRef>();

    private static IEnumerable<TypeRef> OperationTypes(IEnumerable<OperationModel> operations)
    {
        foreach (var operation in operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                yield return parameter.Type;
            }

            if (operation.RequestBody is { } body)
            {
                yield return body.Type;
                foreach (var field in body.Fields)
                {
                    yield return field.Type;
                }
            }

            if (operation.SuccessResponse?.Type is { } result)
            {
                yield return result;
            }

            foreach (var error in operation.ErrorResponses)
            {
                if (error.Type is { } errorType)
                {
                    yield return errorType;
                }
            }
        }
    }

    // The enums a slice's types name, lists' and maps' items included: defaults and checks of enum values need them.
    // In model order, so equal slices compare equal.
    private static EquatableArray<EnumModel> EnumsUsedBy(Dictionary<string, (EnumModel Item, int Index)> enums, IEnumerable<TypeRef> types)
    {
        var used = new List<(EnumModel Item, int Index)>();
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var type in types)
        {
            for (var current = type; current is not null; current = current.Element)
            {
                if (current.Kind == TypeKind.Enum && names.Add(current.Name) && enums.TryGetValue(current.Name, out var item))
                {
                    used.Add(item);
                }
            }
        }

        return used.Count == 0 ? EquatableArray<EnumModel>.Empty : used.OrderBy(e => e.Index).Select(e => e.Item).ToEquatableArray();
    }
}
