using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SpecForge.Core.Emitting;

/// <summary>
/// Scriban's member access for SpecForge's own template models, through delegates bound once per property. Scriban's
/// default accessor calls <see cref="PropertyInfo.GetValue(object)"/> on every read, and reflection was about a seventh
/// of the generator's time on a large spec. The members are those Scriban's accessor would list: public instance fields
/// and readable properties, the most derived first, without <see cref="ScriptMemberIgnoreAttribute"/>, under their C#
/// names (the context's renamer). Read-only, as every template model is to a template.
/// </summary>
internal sealed class CompiledModelAccessor : IObjectAccessor
{
    private static readonly MethodInfo BindMethod = typeof(CompiledModelAccessor).GetMethod(nameof(Bind), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<string, Func<object, object?>> _members;

    private CompiledModelAccessor(Dictionary<string, Func<object, object?>> members) => _members = members;

    /// <summary>
    /// The accessor for <paramref name="type"/> when it is a template model class of this assembly; null for anything
    /// else (lists, dictionaries, script objects, structs, indexers), which keeps Scriban's own accessor.
    /// </summary>
    public static CompiledModelAccessor? TryCreate(Type type)
    {
        if (type.Assembly != typeof(CompiledModelAccessor).Assembly || type.IsValueType || typeof(IEnumerable).IsAssignableFrom(type)
            || typeof(IScriptObject).IsAssignableFrom(type))
        {
            return null;
        }

        var members = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && !members.ContainsKey(field.Name))
                {
                    members.Add(field.Name, field.GetValue);
                }
            }

            foreach (var property in declaring.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                var getter = property.GetMethod;
                if (getter is null || !getter.IsPublic || getter.IsStatic || property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null)
                {
                    continue;
                }

                if (property.GetIndexParameters().Length > 0)
                {
                    return null;
                }

                if (!members.ContainsKey(property.Name))
                {
                    members.Add(property.Name, (Func<object, object?>)BindMethod.MakeGenericMethod(declaring, property.PropertyType).Invoke(null, new object[] { getter })!);
                }
            }
        }

        return new CompiledModelAccessor(members);
    }

    public bool HasIndexer => false;

    public Type IndexType => null!;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var read))
        {
            value = read(target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    private static Func<object, object?> Bind<TModel, TValue>(MethodInfo getter)
    {
        var read = (Func<TModel, TValue>)getter.CreateDelegate(typeof(Func<TModel, TValue>));
        return model => read((TModel)model);
    }
}
