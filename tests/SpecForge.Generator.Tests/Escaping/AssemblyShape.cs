using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace SpecForge.Generator.Tests.Escaping;

/// <summary>
/// What reflection sees of a compiled assembly, as text to compare: every type and every declared member with its
/// signature and attribute types, and the IL size of every method body. Two specs that differ only in the text of
/// their strings (never in identifiers, string lengths or structure) must compile to the same shape, so any member,
/// type, attribute or statement that spec text injected shows up as a difference.
/// </summary>
internal static class AssemblyShape
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    /// <summary>One line per type and member, sorted; members carry their IL size, which injected statements would change.</summary>
    public static IReadOnlyList<string> Of(Assembly assembly) =>
        Types(assembly)
            .SelectMany(type => new[] { Describe(type) }.Concat(type.GetMembers(Declared).Where(m => m is not Type).Select(m => type.FullName + " :: " + Describe(m))))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();

    /// <summary>Types, members or parameters named <paramref name="sentinel"/>, and attribute arguments that contain it.</summary>
    public static IReadOnlyList<string> Mentions(Assembly assembly, string sentinel)
    {
        var findings = new List<string>();
        foreach (var type in assembly.GetTypes())
        {
            Check(type.Name, type.CustomAttributes, type.FullName!);
            foreach (var member in type.GetMembers(Declared))
            {
                Check(member.Name, member.CustomAttributes, type.FullName + "::" + member.Name);
                if (member is MethodBase method)
                {
                    foreach (var parameter in method.GetParameters())
                    {
                        Check(parameter.Name ?? string.Empty, parameter.CustomAttributes, type.FullName + "::" + member.Name + "(" + parameter.Name + ")");
                    }
                }
            }
        }

        return findings;

        void Check(string name, IEnumerable<CustomAttributeData> attributes, string where)
        {
            if (string.Equals(name, sentinel, StringComparison.OrdinalIgnoreCase))
            {
                findings.Add("named " + sentinel + ": " + where);
            }

            foreach (var attribute in attributes)
            {
                var values = attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(a => a.TypedValue)).SelectMany(Flatten);
                if (values.Any(v => v is string text && text.IndexOf(sentinel, StringComparison.OrdinalIgnoreCase) >= 0))
                {
                    findings.Add("attribute " + attribute.AttributeType.Name + " mentions " + sentinel + ": " + where);
                }
            }
        }
    }

    private static IEnumerable<object?> Flatten(CustomAttributeTypedArgument argument) =>
        argument.Value is IEnumerable<CustomAttributeTypedArgument> items ? items.SelectMany(Flatten) : new[] { argument.Value };

    // The data of u8 literals and array initializers is named by a hash of its bytes, which differ by design.
    private static IEnumerable<Type> Types(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.FullName!.StartsWith("<PrivateImplementationDetails>", StringComparison.Ordinal));

    private static string Describe(Type type) =>
        (type.IsInterface ? "interface " : type.IsEnum ? "enum " : type.IsValueType ? "struct " : "class ")
        + type.FullName + " : " + type.BaseType?.FullName + " " + string.Join(", ", type.GetInterfaces().Select(i => i.FullName).OrderBy(n => n, StringComparer.Ordinal))
        + Attributes(type.CustomAttributes);

    private static string Describe(MemberInfo member) => member switch
    {
        MethodBase method => (method.IsStatic ? "static " : string.Empty) + (method is MethodInfo m ? m.ReturnType.FullName + " " : string.Empty)
            + method.Name + "(" + string.Join(", ", method.GetParameters().Select(p => p.ParameterType.FullName + " " + p.Name + Attributes(p.CustomAttributes))) + ")"
            + " il=" + (method.GetMethodBody()?.GetILAsByteArray()?.Length ?? 0)
            + Attributes(method.CustomAttributes),
        PropertyInfo property => "property " + property.PropertyType.FullName + " " + property.Name + Attributes(property.CustomAttributes),
        FieldInfo field => (field.IsStatic ? "static " : string.Empty) + "field " + field.FieldType.FullName + " " + field.Name + Attributes(field.CustomAttributes),
        EventInfo e => "event " + e.EventHandlerType?.FullName + " " + e.Name,
        _ => member.MemberType + " " + member.Name,
    };

    private static string Attributes(IEnumerable<CustomAttributeData> attributes)
    {
        var names = attributes.Select(a => a.AttributeType.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        return names.Count == 0 ? string.Empty : " [" + string.Join(", ", names) + "]";
    }
}
