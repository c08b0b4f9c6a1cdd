using System.Collections.Generic;

namespace SpecForge.Core.Emitting.TemplateModels;

/// <summary>What <c>Enum.sbncs</c> renders: one open enum. Every string is already valid, escaped C#.</summary>
public sealed class EnumTemplateModel
{
    /// <summary>The namespace of the generated types.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>The accessibility of the generated types: <c>public</c>, or <c>internal</c> with <c>Visibility="internal"</c>.</summary>
    public string Visibility { get; init; } = "public";

    /// <summary>The struct's name.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>Complete doc comment lines.</summary>
    public IReadOnlyList<string> Doc { get; init; } = new string[0];

    /// <summary>The C# type of the values: <c>string</c>, or <c>long</c> for integers.</summary>
    public string ValueType { get; init; } = string.Empty;

    /// <summary>
    /// The runtime's interface the struct implements, fully qualified (<c>IStringEnum&lt;T&gt;</c> or
    /// <c>IIntegerEnum&lt;T&gt;</c>): its value, and how the converter wraps one.
    /// </summary>
    public string EnumInterface { get; init; } = string.Empty;

    /// <summary>The runtime's converter the nested <c>JsonConverter</c> derives from, fully qualified.</summary>
    public string ConverterBase { get; init; } = string.Empty;

    /// <summary>Whether the values are integers (otherwise strings).</summary>
    public bool IsInteger { get; init; }

    /// <summary>The listed values.</summary>
    public IReadOnlyList<EnumMemberTemplateModel> Members { get; init; } = new EnumMemberTemplateModel[0];
}

/// <summary>One listed value.</summary>
public sealed class EnumMemberTemplateModel
{
    /// <summary>The static member's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The value as a C# literal (a string literal, or a <c>long</c>).</summary>
    public string Literal { get; init; } = string.Empty;

    /// <summary>The value for a doc comment, escaped.</summary>
    public string Display { get; init; } = string.Empty;
}
