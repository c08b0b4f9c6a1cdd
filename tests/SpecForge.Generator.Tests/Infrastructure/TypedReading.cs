using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace SpecForge.Generator.Tests.Infrastructure;

/// <summary>A JSON value through a loaded SDK's generated converter and then its generated validator, as a user would.</summary>
internal static class TypedReading
{
    /// <summary>Null when <paramref name="type"/> reads <paramref name="json"/> and finds no violation; else what went wrong.</summary>
    public static string? Failure(Type type, byte[] json)
    {
        object? value;
        try
        {
            value = JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException ex)
        {
            return "the generated converter rejected it: " + ex.Message;
        }

        if (value is null)
        {
            return "it read as null";
        }

        var violations = (IEnumerable)type.GetMethod("Validate", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!.Invoke(value, null)!;
        var messages = violations.Cast<object>().Select(v => v.ToString()).ToList();
        return messages.Count == 0 ? null : "the generated validator said " + string.Join("; ", messages);
    }
}
