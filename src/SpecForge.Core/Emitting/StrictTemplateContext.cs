using System;
using System.Collections;
using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SpecForge.Core.Emitting;

/// <summary>
/// The Scriban settings every template renders with. Strict: an unknown variable, member or function is an error at
/// its line and column, never empty text. Models' members keep their C# names (<c>TypeName</c>, not <c>type_name</c>)
/// so docs/templates.md and the model classes read the same. Real specs have thousands of schemas and operations, so
/// Scriban's loop limit (1,000) is lifted.
/// </summary>
internal sealed class StrictTemplateContext : TemplateContext
{
    private static readonly ScriptObject SharedBuiltins = CreateBuiltins();

    // Scriban builds a type's accessor by reflecting over every member, once per context; every context here has the
    // same member filter and renamer, so one accessor per type serves all of them (60-odd members on an operation).
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    // A context costs more to build than a small template costs to render, and the generator renders one per
    // property; each thread keeps one per nesting depth, so `render` inside `render` never shares a context.
    [ThreadStatic]
    private static StrictTemplateContext?[]? _pool;

    private StrictTemplateContext(int depth)
        : base(SharedBuiltins)
    {
        Templates = null!;
        Model = null!;
        Depth = depth;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        MemberRenamer = member => member.Name;
        LoopLimit = int.MaxValue;
        LimitToString = 0;
        NewLine = "\n";
        PushGlobal(TemplateFunctions.Scope);
    }

    /// <summary>The set whose templates <c>render</c> reaches.</summary>
    public TemplateSet Templates { get; private set; }

    /// <summary>The model this template was given; <c>render "Name"</c> without a model passes it on.</summary>
    public object Model { get; private set; }

    /// <summary>
    /// Renders <paramref name="template"/> with <paramref name="model"/> as its only scope, in this thread's context
    /// for <paramref name="depth"/>. A context a failure left in an unknown state is dropped, not reused.
    /// </summary>
    public static string Render(Template template, TemplateSet templates, object model, int depth)
    {
        var pool = _pool ??= new StrictTemplateContext?[TemplateFunctions.MaxRenderDepth + 1];
        var context = pool[depth] ?? new StrictTemplateContext(depth);
        pool[depth] = null;
        context.Templates = templates;
        context.Model = model;
        context.PushGlobal(new TemplateScope(context, model));
        var text = template.Render(context);
        context.PopGlobal();
        context.Templates = null!;
        context.Model = null!;
        pool[depth] = context;
        return text;
    }

    /// <summary>How many <c>render</c> calls deep this template is.</summary>
    public int Depth { get; }

    /// <summary>
    /// As in Handlebars, which the first templates were written for and users know: empty text and empty lists are
    /// false, so <c>if Summary</c> means "has a summary".
    /// </summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => text.Length > 0,
        ICollection collection => collection.Count > 0,
        _ => base.ToBool(span, value),
    };

    /// <inheritdoc/>
    protected override IObjectAccessor GetMemberAccessorImpl(object target)
    {
        if (Accessors.TryGetValue(target.GetType(), out var cached))
        {
            return cached;
        }

        var accessor = base.GetMemberAccessorImpl(target);
        if (accessor is not null)
        {
            Accessors.TryAdd(target.GetType(), accessor);
        }

        return accessor!;
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        builtins.IsReadOnly = true;
        return builtins;
    }
}
