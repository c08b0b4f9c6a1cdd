using System;
using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Collections;

namespace SpecForge.Core.Emitting.Runtime;

/// <summary>
/// Which runtime declarations the SDKs reach: a type when anything kept names it, a member when its type is kept and
/// something kept names it where it can mean that member. Names can keep too much (every overload of a name stays),
/// never too little.
/// </summary>
internal sealed class RuntimeReachability
{
    private readonly RuntimeMap _map;
    private readonly HashSet<string> _global;
    private readonly HashSet<string> _anywhere;
    private readonly HashSet<(string Type, string Name)> _inType = new();
    private readonly HashSet<RuntimeDeclaration> _live = new(ReferenceEquality<RuntimeDeclaration>.Instance);

    /// <param name="map">The parsed runtime.</param>
    /// <param name="uses">The runtime names the SDKs' generated code mentions; their receivers are not read, so each keeps every declaration so named.</param>
    public RuntimeReachability(RuntimeMap map, IEnumerable<string> uses)
    {
        _map = map;
        _global = new HashSet<string>(uses, StringComparer.Ordinal);
        _anywhere = new HashSet<string>(_global, StringComparer.Ordinal);
    }

    // Declarations are listed parents first, so one pass settles a type and then its members; passes repeat until a
    // member kept late names nothing new.
    public HashSet<RuntimeDeclaration> Reach(IReadOnlyList<RuntimeFileMap> files)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var declaration in files.SelectMany(f => f.Declarations))
            {
                if (!_live.Contains(declaration) && IsReached(declaration))
                {
                    Keep(declaration);
                    changed = true;
                }
            }
        }
        while (changed);
        return _live;
    }

    private bool IsReached(RuntimeDeclaration declaration)
    {
        if (declaration.Parent is { } parent && !_live.Contains(parent))
        {
            return false;
        }

        if (!declaration.Trimmable)
        {
            return true;
        }

        if (declaration.IsType)
        {
            var name = declaration.Names[0];
            return _anywhere.Contains(name)
                || (name.EndsWith("Attribute", StringComparison.Ordinal) && _anywhere.Contains(name.Substring(0, name.Length - "Attribute".Length)));
        }

        var type = declaration.Parent!.Names[0];
        return declaration.Names.Any(name => _global.Contains(name) || _inType.Contains((type, name)));
    }

    private void Keep(RuntimeDeclaration declaration)
    {
        _live.Add(declaration);
        _global.UnionWith(declaration.Global);
        _anywhere.UnionWith(declaration.Global);
        _anywhere.UnionWith(declaration.Scoped);
        // Through a type's name, a member may be its bases' (a static inherited), so the name reaches into its scope too.
        foreach (var (type, name) in declaration.Qualified)
        {
            _anywhere.Add(name);
            foreach (var inScope in ScopeOf(type))
            {
                _inType.Add((inScope, name));
            }
        }

        var scope = declaration.ScopeType is { } scopeType ? ScopeOf(scopeType) : Array.Empty<string>();
        foreach (var name in declaration.Scoped)
        {
            foreach (var type in scope)
            {
                _inType.Add((type, name));
            }
        }

        // What must stay with its type (an override, an interface's member, a pattern the compiler calls) may be
        // reached through a base or an interface under the same name, wherever that is declared.
        if (!declaration.Trimmable && !declaration.DeclaresMembers && !declaration.IsType)
        {
            _global.UnionWith(declaration.Names);
        }
    }

    private string[] ScopeOf(string type) => _map.Scopes.TryGetValue(type, out var types) ? types : new[] { type };
}
