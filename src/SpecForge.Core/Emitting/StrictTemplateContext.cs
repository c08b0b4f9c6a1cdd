using System.Collections;
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

    public StrictTemplateContext(TemplateSet templates, object model, int depth)
        : base(SharedBuiltins)
    {
        Templates = templates;
        Model = model;
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
        PushGlobal(new TemplateScope(this, model));
    }

    /// <summary>The set whose templates <c>render</c> reaches.</summary>
    public TemplateSet Templates { get; }

    /// <summary>The model this template was given; <c>render "Name"</c> without a model passes it on.</summary>
    public object Model { get; }

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

    private static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        builtins.IsReadOnly = true;
        return builtins;
    }
}
