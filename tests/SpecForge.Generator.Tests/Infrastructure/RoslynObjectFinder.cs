using System;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SpecForge.Generator.Tests.Infrastructure;

/// <summary>
/// Finds the Roslyn objects an incremental pipeline value must not hold: a symbol, a compilation, a semantic model or a
/// syntax node keeps a whole compilation alive between runs and never compares equal to the next run's, so every step
/// after it runs again (Roslyn's incremental generator guidance).
/// </summary>
internal sealed class RoslynObjectFinder
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly Type[] Forbidden = { typeof(ISymbol), typeof(Compilation), typeof(SemanticModel), typeof(SyntaxNode) };

    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _found = new();

    /// <summary>How many objects were looked into, so a walk that saw nothing cannot pass for a clean one.</summary>
    public int Visited => _seen.Count;

    /// <summary>Where each forbidden object was found, as a path of fields from the value's name.</summary>
    public IReadOnlyList<string> Found => _found;

    /// <summary>Walks <paramref name="value"/> and everything it holds.</summary>
    public void Walk(object? value, string name)
    {
        // An explicit stack: a model can be deeper than a recursive walk should trust the thread's stack with.
        var pending = new Stack<(object Value, string Path)>();
        Push(pending, value, name);
        while (pending.Count > 0)
        {
            var (current, path) = pending.Pop();
            var type = current.GetType();
            if (Array.Exists(Forbidden, forbidden => forbidden.IsAssignableFrom(type)))
            {
                _found.Add($"{path}: {type.FullName}");
                continue;
            }

            if (current is Array array)
            {
                for (var i = 0; i < array.Length; i++)
                {
                    Push(pending, array.GetValue(i), $"{path}[{i}]");
                }

                continue;
            }

            // Fields, not properties: they are what the object holds (auto-properties included, through their backing
            // fields), and reading them runs no code that could compute, cache or throw.
            for (var declaring = type; declaring is not null; declaring = declaring.BaseType)
            {
                foreach (var field in declaring.GetFields(InstanceFields))
                {
                    if (!field.FieldType.IsPointer)
                    {
                        Push(pending, field.GetValue(current), $"{path}.{field.Name}");
                    }
                }
            }
        }
    }

    private void Push(Stack<(object, string)> pending, object? value, string path)
    {
        if (value is null || IsLeaf(value.GetType()) || !_seen.Add(value))
        {
            return;
        }

        pending.Push((value, path));
    }

    // Values that cannot hold another object: text, numbers and the like, and reflection's own descriptions of code.
    private static bool IsLeaf(Type type) =>
        type.IsPrimitive
        || type.IsEnum
        || type == typeof(string)
        || type == typeof(decimal)
        || type == typeof(DateTime)
        || type == typeof(DateTimeOffset)
        || type == typeof(TimeSpan)
        || type == typeof(Guid)
        || type == typeof(Pointer)
        || typeof(MemberInfo).IsAssignableFrom(type)
        || (type.IsArray && IsLeaf(type.GetElementType()!));
}
