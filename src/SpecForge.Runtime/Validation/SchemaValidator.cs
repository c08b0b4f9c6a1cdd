// Shared runtime: validates JSON against a schema read from the OpenAPI document at run time, for the mock (which
// knows the spec only as JSON) and the CLI; typed validators check the same keywords through ConstraintRules.
namespace SpecForge.Runtime.Validation
{
    using System;
    using System.Collections.Concurrent;
    using System.Collections.Generic;
    using System.Globalization;
    using System.Text.Json;

    /// <summary>Which way data travels, which decides whether readOnly or writeOnly members may be missing.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public enum SchemaDirection
    {
        /// <summary>Client to server: readOnly members are the server's to fill in, so they may be missing.</summary>
        Request,

        /// <summary>Server to client: writeOnly members are never sent back, so they may be missing.</summary>
        Response,
    }

    /// <summary>
    /// Validates JSON instances against OpenAPI 3.1 schemas (and the 3.0 forms: nullable, boolean exclusive limits),
    /// collecting every violation. Never throws for any instance or schema: a keyword it cannot read constrains nothing.
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed partial class SchemaValidator
    {
        // Deeper than any real document; stops a hostile or broken one from exhausting the stack.
        private const int MaxDepth = 200;
        private const int MaxReferenceHops = 32;

        private readonly JsonElement _document;
        private readonly ConcurrentDictionary<string, JsonElement> _references = new ConcurrentDictionary<string, JsonElement>(StringComparer.Ordinal);

        /// <summary>A validator resolving local <c>$ref</c>s against <paramref name="document"/>, the whole OpenAPI document.</summary>
        public SchemaValidator(JsonElement document) => _document = document;

        /// <summary>Adds to <paramref name="violations"/> every way <paramref name="instance"/> breaks <paramref name="schema"/>.</summary>
        public void Validate(JsonElement instance, JsonElement schema, string path, SchemaDirection direction, List<ConstraintViolation> violations) =>
            Walk(instance, schema, new Context(path, direction, violations, 0, null));

        private void Walk(JsonElement instance, JsonElement schema, Context context)
        {
            if (schema.ValueKind == JsonValueKind.False)
            {
                context.Report(Violations.Forbidden(context.Path));
                return;
            }

            if (schema.ValueKind != JsonValueKind.Object || context.Depth > MaxDepth)
            {
                return;
            }

            if (instance.ValueKind == JsonValueKind.Null && IsTrue(schema, "nullable"))
            {
                // OpenAPI 3.0: nullable adds null to the allowed values of the whole schema, $ref and allOf included.
                return;
            }

            if (schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
            {
                var target = reference.GetString()!;
                // Following the same $ref again without moving into the instance would never end.
                if (!context.HasFollowed(target) && Resolve(target) is { } resolved)
                {
                    Walk(instance, resolved, context.Following(target));
                }
            }

            CheckType(instance, schema, context);
            CheckEnumAndConst(instance, schema, context);
            switch (instance.ValueKind)
            {
                case JsonValueKind.String:
                    CheckString(instance.GetString()!, schema, context);
                    break;
                case JsonValueKind.Number:
                    CheckNumber(instance, schema, context);
                    break;
                case JsonValueKind.Array:
                    CheckArray(instance, schema, context);
                    break;
                case JsonValueKind.Object:
                    CheckObject(instance, schema, context);
                    break;
            }

            CheckComposition(instance, schema, context);
        }

        private void CheckType(JsonElement instance, JsonElement schema, Context context)
        {
            if (!schema.TryGetProperty("type", out var type))
            {
                return;
            }

            var names = new List<string>();
            if (type.ValueKind == JsonValueKind.String)
            {
                names.Add(type.GetString()!);
            }
            else if (type.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in type.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        names.Add(item.GetString()!);
                    }
                }
            }

            var known = false;
            foreach (var name in names)
            {
                var matches = MatchesType(instance, name);
                if (matches == true)
                {
                    return;
                }

                known |= matches.HasValue;
            }

            if (known)
            {
                context.Report(Violations.Type(context.Path, string.Join(" or ", names)));
            }
        }

        // Whether instance is of JSON Schema type name; null for a name JSON Schema does not define.
        private static bool? MatchesType(JsonElement instance, string name)
        {
            switch (name)
            {
                case "null":
                    return instance.ValueKind == JsonValueKind.Null;
                case "boolean":
                    return instance.ValueKind == JsonValueKind.True || instance.ValueKind == JsonValueKind.False;
                case "object":
                    return instance.ValueKind == JsonValueKind.Object;
                case "array":
                    return instance.ValueKind == JsonValueKind.Array;
                case "string":
                    return instance.ValueKind == JsonValueKind.String;
                case "number":
                    return instance.ValueKind == JsonValueKind.Number;
                case "integer":
                    return instance.ValueKind == JsonValueKind.Number && ConstraintRules.IsIntegral(instance);
                default:
                    return null;
            }
        }

        private static void CheckEnumAndConst(JsonElement instance, JsonElement schema, Context context)
        {
            if (schema.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array)
            {
                var texts = new List<string>();
                var found = false;
                foreach (var item in allowed.EnumerateArray())
                {
                    found |= ConstraintRules.JsonEquals(instance, item);
                    texts.Add(item.GetRawText());
                }

                if (!found)
                {
                    context.Report(Violations.Enum(context.Path, string.Join(", ", texts)));
                }
            }

            if (schema.TryGetProperty("const", out var constant) && !ConstraintRules.JsonEquals(instance, constant))
            {
                context.Report(Violations.Const(context.Path, constant.GetRawText()));
            }
        }

        private void CheckComposition(JsonElement instance, JsonElement schema, Context context)
        {
            if (schema.TryGetProperty("allOf", out var allOf) && allOf.ValueKind == JsonValueKind.Array)
            {
                foreach (var branch in allOf.EnumerateArray())
                {
                    Walk(instance, branch, context.Deeper());
                }
            }

            var hasAnyOf = schema.TryGetProperty("anyOf", out var anyOf) && anyOf.ValueKind == JsonValueKind.Array;
            var hasOneOf = schema.TryGetProperty("oneOf", out var oneOf) && oneOf.ValueKind == JsonValueKind.Array;
            if (hasAnyOf || hasOneOf)
            {
                var union = hasOneOf ? oneOf : anyOf;
                if (DiscriminatedBranch(instance, schema, union) is { } chosen)
                {
                    // The discriminator names the branch, so its own violations say more than "matches none".
                    Walk(instance, chosen, context.Deeper());
                    if (hasOneOf && hasAnyOf)
                    {
                        CheckAnyOf(instance, anyOf, context);
                    }
                }
                else
                {
                    if (hasAnyOf)
                    {
                        CheckAnyOf(instance, anyOf, context);
                    }

                    if (hasOneOf)
                    {
                        var matches = CountMatches(instance, oneOf, context, 2);
                        if (matches != 1)
                        {
                            context.Report(Violations.OneOf(context.Path, matches));
                        }
                    }
                }
            }

            if (schema.TryGetProperty("not", out var excluded) && IsSchema(excluded) && Passes(instance, excluded, context))
            {
                context.Report(Violations.Not(context.Path));
            }
        }

        private void CheckAnyOf(JsonElement instance, JsonElement anyOf, Context context)
        {
            if (CountMatches(instance, anyOf, context, 1) == 0)
            {
                context.Report(Violations.AnyOf(context.Path));
            }
        }

        // How many branches instance passes, counting no further than enough.
        private int CountMatches(JsonElement instance, JsonElement branches, Context context, int enough)
        {
            var matches = 0;
            foreach (var branch in branches.EnumerateArray())
            {
                if (Passes(instance, branch, context) && ++matches >= enough)
                {
                    break;
                }
            }

            return matches;
        }

        private bool Passes(JsonElement instance, JsonElement schema, Context context)
        {
            var probe = context.Probe();
            Walk(instance, schema, probe);
            return probe.Violations.Count == 0;
        }

        // The union branch the instance's discriminator value selects, or null when there is none to go by.
        private JsonElement? DiscriminatedBranch(JsonElement instance, JsonElement schema, JsonElement branches)
        {
            if (instance.ValueKind != JsonValueKind.Object
                || !schema.TryGetProperty("discriminator", out var discriminator)
                || discriminator.ValueKind != JsonValueKind.Object
                || !discriminator.TryGetProperty("propertyName", out var propertyName)
                || propertyName.ValueKind != JsonValueKind.String
                || !instance.TryGetProperty(propertyName.GetString()!, out var tag)
                || tag.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var value = tag.GetString()!;
            string? target = null;
            if (discriminator.TryGetProperty("mapping", out var mapping)
                && mapping.ValueKind == JsonValueKind.Object
                && mapping.TryGetProperty(value, out var mapped)
                && mapped.ValueKind == JsonValueKind.String)
            {
                target = mapped.GetString()!;
                if (target.IndexOf('/') < 0 && target.IndexOf('#') < 0)
                {
                    // A bare schema name, as OpenAPI allows in a mapping.
                    target = "#/components/schemas/" + target;
                }
            }

            foreach (var branch in branches.EnumerateArray())
            {
                if (branch.ValueKind != JsonValueKind.Object
                    || !branch.TryGetProperty("$ref", out var reference)
                    || reference.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                var text = reference.GetString()!;
                if (target is null ? text.EndsWith("/" + value, StringComparison.Ordinal) : text == target)
                {
                    return branch;
                }
            }

            return null;
        }

        // The schema a local reference ("#/components/schemas/Pet") points at; null when it is not local or not there.
        private JsonElement? Resolve(string reference)
        {
            var resolved = _references.GetOrAdd(reference, ResolvePointer);
            return resolved.ValueKind == JsonValueKind.Undefined ? null : resolved;
        }

        private JsonElement ResolvePointer(string reference)
        {
            if (reference.Length == 0 || reference[0] != '#')
            {
                return default;
            }

            string pointer;
            try
            {
                pointer = Uri.UnescapeDataString(reference.Substring(1));
            }
            catch (UriFormatException)
            {
                return default;
            }

            var current = _document;
            if (pointer.Length == 0)
            {
                return current;
            }

            if (pointer[0] != '/')
            {
                return default;
            }

            foreach (var token in pointer.Substring(1).Split('/'))
            {
                var name = token.Replace("~1", "/").Replace("~0", "~");
                if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var member))
                {
                    current = member;
                }
                else if (current.ValueKind == JsonValueKind.Array && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < current.GetArrayLength())
                {
                    current = current[index];
                }
                else
                {
                    return default;
                }
            }

            return current;
        }

        // An object or a boolean; anything else in a schema's place is malformed and constrains nothing.
        private static bool IsSchema(JsonElement candidate) =>
            candidate.ValueKind == JsonValueKind.Object || candidate.ValueKind == JsonValueKind.True || candidate.ValueKind == JsonValueKind.False;

        private static bool IsTrue(JsonElement schema, string keyword) =>
            schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.True;
    }
}
