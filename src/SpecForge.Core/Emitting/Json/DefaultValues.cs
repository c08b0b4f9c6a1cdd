using System.Globalization;
using System.Linq;
using System.Text.Json;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Json;

/// <summary>
/// A schema's <c>default</c> as a C# constant expression of the member's type, so a record starts with the value the
/// API assumes and a reader keeps it when the member is absent. Defaults that are not constants (objects, arrays,
/// dates) or do not fit the type are left out rather than guessed.
/// </summary>
public static class DefaultValues
{
    /// <summary>The expression, or null when the default is absent or cannot be written as a constant.</summary>
    public static string? Expression(PropertyModel property, ApiModel model, JsonCode code)
    {
        if (property.DefaultJson is not { } json)
        {
            return null;
        }

        JsonElement value;
        try
        {
            using var document = JsonDocument.Parse(json);
            value = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }

        var type = property.Type;
        var isIntegerEnum = type.Kind == TypeKind.Enum && model.Enums.Any(e => e.Name == type.Name && e.IsInteger);
        return (type.Kind, value.ValueKind) switch
        {
            (TypeKind.String, JsonValueKind.String) => CSharpText.StringLiteral(value.GetString()!),
            (TypeKind.Boolean, JsonValueKind.True) => "true",
            (TypeKind.Boolean, JsonValueKind.False) => "false",
            (TypeKind.Int32, JsonValueKind.Number) when value.TryGetInt32(out var number) => number.ToString(CultureInfo.InvariantCulture),
            (TypeKind.Int64, JsonValueKind.Number) when value.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture) + "L",
            (TypeKind.Double, JsonValueKind.Number) when value.TryGetDouble(out var number) && !double.IsInfinity(number) => number.ToString("R", CultureInfo.InvariantCulture) + "d",
            (TypeKind.Single, JsonValueKind.Number) when value.TryGetSingle(out var number) && !float.IsInfinity(number) => number.ToString("R", CultureInfo.InvariantCulture) + "f",
            (TypeKind.Decimal, JsonValueKind.Number) when value.TryGetDecimal(out var number) => number.ToString(CultureInfo.InvariantCulture) + "m",
            (TypeKind.Enum, JsonValueKind.String) when !isIntegerEnum => "new " + code.Qualified(type.AsNonNullable()) + "(" + CSharpText.StringLiteral(value.GetString()!) + ")",
            (TypeKind.Enum, JsonValueKind.Number) when isIntegerEnum && value.TryGetInt64(out var number) => "new " + code.Qualified(type.AsNonNullable()) + "(" + number.ToString(CultureInfo.InvariantCulture) + "L)",
            _ => null,
        };
    }
}
