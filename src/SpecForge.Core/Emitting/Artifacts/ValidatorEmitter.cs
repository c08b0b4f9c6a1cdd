using System;
using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Emitting.Planning;
using SpecForge.Core.Emitting.TemplateModels;
using SpecForge.Core.Emitting.Validation;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Artifacts;

/// <summary>
/// Emits the validators: a part of each record's and union's file (<c>&lt;Client&gt;.Dto.&lt;Type&gt;.g.cs</c>, <c>.Union.</c>). The checks they
/// call and the exceptions they lead to are the runtime's (RuntimeEmitter), emitted once per compilation.
/// </summary>
public static class ValidatorEmitter
{
    // The statements sit in a method of a type in a namespace.
    private const int BodyIndent = 12;

    /// <summary>Renders the validator of <paramref name="dto"/>; <paramref name="isDerivedFrom"/> says whether a record derives from it.</summary>
    public static void Emit(ApiModel model, DtoModel dto, bool isDerivedFrom, TemplateSet templates, AddSource addSource) =>
        addSource(ArtifactFiles.Types(model.ClientName, dto.Name), templates.Render("Validator", ToTemplateModel(model, dto, isDerivedFrom, new ValidationCode(model), templates.IsOverridden("Dto") || templates.IsOverridden("Dto.Declaration"))));

    /// <summary>Renders the validator of <paramref name="union"/>.</summary>
    public static void Emit(ApiModel model, UnionModel union, TemplateSet templates, JsonCode json, AddSource addSource) =>
        addSource(ArtifactFiles.Types(model.ClientName, union.Name), templates.Render("Validator", ToTemplateModel(model, union, new ValidationCode(model), json, templates.IsOverridden("Union"))));

    /// <summary>The template model for one record.</summary>
    public static ValidatorTemplateModel ToTemplateModel(ApiModel model, DtoModel dto, bool isDerivedFrom, ValidationCode code, bool declarationOverridden = false)
    {
        code.BeginMethod();
        var groups = dto.Properties.Where(p => !p.IsInherited)
            .Select(p => code.Check(p.Name, p.Type, p.Constraints, ValidationCode.Segment(p.JsonName), p.IsRequired, "violations"))
            .ToList();

        // Members kept in the bag sit beside the listed ones, so each value's pointer is its key under the record.
        if (dto.AdditionalProperties is { } bag)
        {
            groups.Add(code.Check(bag.Name, WellKnownTypes.DictionaryOf(bag.ValueType).AsNullable(), new ConstraintsModel { Values = bag.ValueConstraints }, string.Empty, false, "violations"));
        }

        var lines = ValidationCode.Layout(groups, BodyIndent);

        var isBase = dto.BaseName is null;

        // Virtual only where a derived record overrides it: a leaf stays non-virtual, so a user's template may seal it.
        return new ValidatorTemplateModel
        {
            Namespace = model.Namespace,
            Visibility = model.Visibility,
            TypeName = dto.Name,
            DeclaresValidate = isBase,
            HasBase = !isBase,
            Modifier = !isBase ? "override " : isDerivedFrom ? "virtual " : string.Empty,
            ChecksInInterface = isBase && !isDerivedFrom,
            ViolationType = code.ViolationType,
            Validatable = DtoEmitter.Validatable(model),
            NamesValidatable = declarationOverridden && isBase,
            Checks = code.Runtime + ".Checks",
            ListType = code.ListType,
            Lines = lines,
        };
    }

    /// <summary>The template model for one union: the branch that was read is the one checked.</summary>
    public static ValidatorTemplateModel ToTemplateModel(ApiModel model, UnionModel union, ValidationCode code, JsonCode json, bool declarationOverridden = false)
    {
        code.BeginMethod();
        var groups = new List<IReadOnlyList<string>>();
        // Every record or union branch checks itself, so one call through the interface stands for all of them.
        if (union.Branches.Any(b => ValidationCode.IsSelfChecking(b.Type)))
        {
            groups.Add(new[] { $"(Value as {DtoEmitter.Validatable(model)})?.CollectViolations(ref violations);" });
        }

        foreach (var branch in union.Branches.Where(b => !ValidationCode.IsSelfChecking(b.Type)))
        {
            var checks = code.Check("((" + json.Declared(branch.Type.AsNonNullable()) + ")Value)", branch.Type.AsNonNullable(), branch.Constraints, string.Empty, false, "violations");
            if (checks.Count == 0)
            {
                continue;
            }

            var group = new List<string> { $"if (Kind == Branch.{branch.Name})", "{" };
            group.AddRange(checks.Select(l => "    " + l));
            group.Add("}");
            groups.Add(group);
        }

        var lines = ValidationCode.Layout(groups, BodyIndent);

        return new ValidatorTemplateModel
        {
            Namespace = model.Namespace,
            Visibility = model.Visibility,
            TypeName = union.Name,
            IsUnion = true,
            DeclaresValidate = true,
            ChecksInInterface = true,
            ViolationType = code.ViolationType,
            Validatable = DtoEmitter.Validatable(model),
            NamesValidatable = declarationOverridden,
            Checks = code.Runtime + ".Checks",
            ListType = code.ListType,
            Lines = lines,
        };
    }
}
