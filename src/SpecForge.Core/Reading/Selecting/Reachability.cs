using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecForge.Core.Reading.Selecting;

/// <summary>
/// The units (<see cref="SpecUnits"/>) that kept operations reach: everything their <c>$ref</c>s lead to, through
/// parameters, bodies, responses, headers, links, examples and every schema keyword, transitively; the targets of
/// discriminator mappings; and every schema deriving (<c>allOf</c>, directly or not) from a kept discriminated base,
/// since the base's converter must know all its cases. Values that are data, not structure (<c>example</c>,
/// <c>default</c>, <c>const</c>, <c>enum</c>, an example's <c>value</c>, a JSON Schema <c>examples</c> list, Swagger
/// 2.0's <c>examples</c> by media type, extensions) are not searched for references: a "$ref" there is text.
/// </summary>
internal sealed class Reachability
{
    // Maps whose keys are names chosen by the author (a property may be called "default" or "x-id", a response
    // "default", a header "x-rate-limit"), so every value is followed whatever its key.
    private static readonly HashSet<string> NameMaps = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
        "responses", "content", "headers", "encoding", "links", "callbacks", "examples",
    };

    private static readonly HashSet<string> DataKeywords = new(StringComparer.Ordinal)
    {
        "example", "default", "const", "enum", "value", "externalValue",
    };

    private readonly JsonObject _root;
    private readonly bool _swagger2;
    private readonly HashSet<string> _kept = new(StringComparer.Ordinal);
    private readonly Stack<(JsonNode Node, Role Role)> _pending = new();
    private Dictionary<string, string?>? _named;
    private bool _keepsEveryComponent;

    public Reachability(JsonObject root)
    {
        _root = root;
        _swagger2 = SpecUnits.IsSwagger2(root);
    }

    // How the members of an object on the stack are read.
    private enum Role
    {
        Keywords,
        Names,
        PathItemWithoutOperations,
    }

    public bool IsKept(string unit) => _kept.Contains(unit);

    /// <summary>Keeps the unit at <paramref name="unit"/> and, once <see cref="Complete"/> runs, all it reaches.</summary>
    public void Keep(string unit)
    {
        if (!_kept.Add(unit))
        {
            return;
        }

        var tokens = JsonPointers.Split(unit);
        if (JsonPointers.Resolve(_root, tokens) is not { } node)
        {
            return;
        }

        if (tokens[0] == "paths" && tokens.Count == 3)
        {
            // An operation needs its path item's shared parameters too.
            Keep(SpecUnits.Path(tokens[1]));
            _pending.Push((node, Role.Keywords));
        }
        else if (tokens[0] == "paths")
        {
            // A path item given by $ref is kept whole, target and all; otherwise its operations are units of their own.
            _pending.Push((node, SpecUnits.ReferenceOf(node) is null ? Role.PathItemWithoutOperations : Role.Keywords));
        }
        else
        {
            _pending.Push((node, Role.Keywords));
        }
    }

    /// <summary>Follows everything kept so far, then keeps the derived types of kept discriminated bases.</summary>
    public void Complete()
    {
        Drain();
        KeepDerivedTypes();
    }

    private void Drain()
    {
        while (_pending.Count > 0)
        {
            var (node, role) = _pending.Pop();
            switch (node)
            {
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Push(item, Role.Keywords);
                    }

                    break;
                case JsonObject names when role == Role.Names:
                    foreach (var member in names)
                    {
                        Push(member.Value, Role.Keywords);
                    }

                    break;
                case JsonObject keywords:
                    VisitKeywords(keywords, skipOperations: role == Role.PathItemWithoutOperations);
                    break;
            }
        }
    }

    private void VisitKeywords(JsonObject node, bool skipOperations)
    {
        foreach (var member in node)
        {
            var key = member.Key;
            var value = member.Value;
            if (key == "$ref")
            {
                if (SpecUnits.ReferenceOf(node) is { } reference)
                {
                    Follow(reference, mustResolve: true);
                }
            }
            else if (key == "discriminator")
            {
                FollowMapping(value);
            }
            else if (!(skipOperations && SpecUnits.IsMethod(key))
                && !key.StartsWith("x-", StringComparison.Ordinal)
                && !DataKeywords.Contains(key)
                && !(key == "examples" && (value is JsonArray || _swagger2)))
            {
                Push(value, NameMaps.Contains(key) ? Role.Names : Role.Keywords);
            }
        }
    }

    private void Push(JsonNode? node, Role role)
    {
        if (node is JsonObject or JsonArray)
        {
            _pending.Push((node, role));
        }
    }

    // A 3.x mapping names its targets by reference or by bare component name; a 2.0 discriminator is only a string.
    private void FollowMapping(JsonNode? discriminator)
    {
        if (discriminator is not JsonObject { } obj || obj["mapping"] is not JsonObject mapping)
        {
            return;
        }

        foreach (var entry in mapping)
        {
            if (entry.Value is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                continue;
            }

            var target = value.GetValue<string>();
            var bareName = JsonPointers.Append(SpecUnits.SchemaMap(_root), target);
            if (target.IndexOfAny(new[] { '#', '/' }) < 0 && JsonPointers.Resolve(_root, JsonPointers.Split(bareName)) is not null)
            {
                Keep(bareName);
            }
            else
            {
                // The model ignores a mapping that names nothing, and so does selection.
                Follow(target, mustResolve: false);
            }
        }
    }

    private void Follow(string reference, bool mustResolve)
    {
        if (SpecUnits.LocalPointer(reference) is { } tokens)
        {
            var unit = SpecUnits.UnitOf(tokens, _swagger2);
            if (unit is null)
            {
                // Outside every reusable unit: kept anyway (info, security schemes), or in paths, where the reader
                // resolves nothing, so there is nothing to follow.
                return;
            }

            if (JsonPointers.Resolve(_root, JsonPointers.Split(unit)) is not null)
            {
                Keep(unit);
                return;
            }
        }

        // JSON Schema 2020-12 names a schema by its $id or $anchor; Microsoft.OpenApi also writes "#/components/schemas/"
        // followed by an $id. The reference check has let only those through.
        const string ComponentById = "#/components/schemas/";
        var hash = reference.IndexOf('#');
        var name = reference.StartsWith(ComponentById, StringComparison.Ordinal) ? reference.Substring(ComponentById.Length)
            : hash == 0 ? reference
            : hash > 0 ? reference.Substring(0, hash)
            : reference;
        if (Named().TryGetValue(name, out var namedUnit))
        {
            if (namedUnit is not null)
            {
                Keep(namedUnit);
            }

            return;
        }

        if (mustResolve)
        {
            KeepEveryComponent();
        }
    }

    // A reference of a form this class does not know could name any component; dropping none is safe.
    private void KeepEveryComponent()
    {
        if (_keepsEveryComponent)
        {
            return;
        }

        _keepsEveryComponent = true;
        foreach (var (pointer, map) in SpecUnits.DroppableMaps(_root).ToList())
        {
            foreach (var key in map.Select(entry => entry.Key).ToList())
            {
                Keep(JsonPointers.Append(pointer, key));
            }
        }
    }

    // $id values and "#" + $anchor names → the unit they are declared in (null outside every unit).
    private Dictionary<string, string?> Named()
    {
        if (_named is null)
        {
            _named = new Dictionary<string, string?>(StringComparer.Ordinal);
            IndexNames(_root, new List<string>());
        }

        return _named;
    }

    private void IndexNames(JsonNode? node, List<string> tokens)
    {
        if (node is JsonObject obj)
        {
            foreach (var (keyword, prefix) in new[] { ("$id", string.Empty), ("$anchor", "#") })
            {
                if (obj[keyword] is JsonValue value && value.GetValueKind() == JsonValueKind.String && !_named!.ContainsKey(prefix + value.GetValue<string>()))
                {
                    _named[prefix + value.GetValue<string>()] = SpecUnits.UnitOf(tokens, _swagger2);
                }
            }

            foreach (var member in obj)
            {
                tokens.Add(member.Key);
                IndexNames(member.Value, tokens);
                tokens.RemoveAt(tokens.Count - 1);
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                tokens.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                IndexNames(array[i], tokens);
                tokens.RemoveAt(tokens.Count - 1);
            }
        }
    }

    private void KeepDerivedTypes()
    {
        var mapPointer = SpecUnits.SchemaMap(_root);
        if (JsonPointers.Resolve(_root, JsonPointers.Split(mapPointer)) is not JsonObject schemas)
        {
            return;
        }

        // base unit → the schema units listing it in their allOf.
        var derivedOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in schemas)
        {
            var unit = JsonPointers.Append(mapPointer, entry.Key);
            foreach (var baseUnit in AllOfTargets(entry.Value))
            {
                if (!derivedOf.TryGetValue(baseUnit, out var list))
                {
                    derivedOf[baseUnit] = list = new List<string>();
                }

                list.Add(unit);
            }
        }

        var polymorphic = new Queue<string>(schemas
            .Where(entry => entry.Value is JsonObject schema && schema["discriminator"] is not null)
            .Select(entry => JsonPointers.Append(mapPointer, entry.Key)));
        var family = new HashSet<string>(polymorphic, StringComparer.Ordinal);
        while (polymorphic.Count > 0)
        {
            foreach (var derived in derivedOf.TryGetValue(polymorphic.Dequeue(), out var list) ? list : new List<string>())
            {
                if (family.Add(derived))
                {
                    polymorphic.Enqueue(derived);
                }
            }
        }

        // A kept derived type can reach another discriminated base, so this runs until nothing more is kept.
        bool grew;
        do
        {
            grew = false;
            foreach (var pair in derivedOf.Where(pair => family.Contains(pair.Key) && _kept.Contains(pair.Key)).ToList())
            {
                foreach (var derived in pair.Value.Where(d => !_kept.Contains(d)))
                {
                    Keep(derived);
                    grew = true;
                }
            }

            Drain();
        }
        while (grew);
    }

    private IEnumerable<string> AllOfTargets(JsonNode? schema) =>
        schema is JsonObject obj && obj["allOf"] is JsonArray parts
            ? parts
                .Select(part => SpecUnits.ReferenceOf(part) is { } reference ? SpecUnits.LocalPointer(reference) : null)
                .Where(tokens => tokens is not null)
                .Select(tokens => SpecUnits.UnitOf(tokens!, _swagger2))
                .Where(unit => unit is not null)
                .Select(unit => unit!)
                .Distinct(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
}
