using System.Collections.Generic;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>What <c>Validator.sbncs</c> renders: the validating part of one record or union. Every string is valid C#.</summary>
public sealed class ValidatorTemplateModel
{
    /// <summary>The namespace of the generated types.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>The accessibility of the generated types: <c>public</c>, or <c>internal</c> with <c>Visibility="internal"</c>.</summary>
    public string Visibility { get; init; } = "public";

    /// <summary>The record's or union's name.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>Whether the type is a union (a sealed class) rather than a record.</summary>
    public bool IsUnion { get; init; }

    /// <summary>Whether this part declares the public <c>Validate()</c>: roots do, derived records inherit it.</summary>
    public bool DeclaresValidate { get; init; }

    /// <summary>Whether the record derives from another, whose checks run first.</summary>
    public bool HasBase { get; init; }

    /// <summary><c>virtual </c>, <c>override </c> or empty, with its trailing space.</summary>
    public string Modifier { get; init; } = string.Empty;

    /// <summary>
    /// Whether the interface's <c>CollectViolations</c> holds the checks itself: true where no record derives from the
    /// type and it derives from none, so no internal method is there to override or to forward to.
    /// </summary>
    public bool ChecksInInterface { get; init; }

    /// <summary>The violation type, fully qualified.</summary>
    public string ViolationType { get; init; } = string.Empty;

    /// <summary>The runtime's interface of values that check themselves, fully qualified; this part implements it where <see cref="DeclaresValidate"/>.</summary>
    public string Validatable { get; init; } = string.Empty;

    /// <summary>
    /// Whether this part names <see cref="Validatable"/> in a base list of its own: only when the user replaced the
    /// template that declares the type, which may not name it. The default declaration does, so this part stays a bare
    /// partial that joins the type's block in its file.
    /// </summary>
    public bool NamesValidatable { get; init; }

    /// <summary>The runtime's class of checks, fully qualified; <c>Validate()</c> calls its <c>All</c>.</summary>
    public string Checks { get; init; } = string.Empty;

    /// <summary>The list type violations are collected in, fully qualified.</summary>
    public string ListType { get; init; } = string.Empty;

    /// <summary>The statements of the check method, already indented, blank lines between members.</summary>
    public IReadOnlyList<string> Lines { get; init; } = new string[0];
}
