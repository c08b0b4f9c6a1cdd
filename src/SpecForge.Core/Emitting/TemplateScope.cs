using System;
using System.Collections.Generic;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SpecForge.Core.Emitting;

/// <summary>
/// A template model seen by Scriban: its public properties under their C# names, read when a template asks for them
/// (importing would read all 60-odd members of an operation model for every method). Read-only, so a template cannot
/// assign over the model it was given.
/// </summary>
internal sealed class TemplateScope : IScriptObject
{
    private readonly TemplateContext _context;
    private readonly object _model;
    private readonly IObjectAccessor _accessor;

    public TemplateScope(TemplateContext context, object model)
    {
        _context = context;
        _model = model;
        _accessor = context.GetMemberAccessor(model);
    }

    public int Count => _accessor.GetMemberCount(_context, default, _model);

    public bool IsReadOnly
    {
        get => true;
        set { }
    }

    public IEnumerable<string> GetMembers() => _accessor.GetMembers(_context, default, _model);

    public bool Contains(string member) => _accessor.HasMember(_context, default, _model, member);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
        _accessor.TryGetValue(context ?? _context, span, _model, member, out value);

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly)
    {
    }

    public IScriptObject Clone(bool deep) => this;
}
