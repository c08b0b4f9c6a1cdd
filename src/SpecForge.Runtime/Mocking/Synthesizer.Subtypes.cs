// Shared runtime: which component schemas derive (allOf with one $ref) from which, and the discriminator value each
// one is written with, so synthesized data for a polymorphic base is one of its subtypes, as the typed readers expect.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.IO;
    using System.Text.Json;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class SubtypeIndex
    {
        private const string ComponentPrefix = "#/components/schemas/";

        private readonly MockDocument document;
        private readonly Dictionary<string, List<string>> derived = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        private readonly Dictionary<string, JsonElement> references = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

        public SubtypeIndex(MockDocument document)
        {
            this.document = document;
            var schemas = MockDocument.Get(MockDocument.Get(document.Root, "components"), "schemas");
            if (schemas.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var component in schemas.EnumerateObject())
            {
                if (BaseOf(component.Value) is { } baseName && baseName != component.Name)
                {
                    if (!derived.TryGetValue(baseName, out var list))
                    {
                        list = new List<string>();
                        derived[baseName] = list;
                    }

                    list.Add(component.Name);
                }
            }
        }

        /// <summary>The component a <c>$ref</c> names (<c>#/components/schemas/Name</c>); null for anything else.</summary>
        public static string? ComponentName(JsonElement schema)
        {
            var reference = MockDocument.GetString(schema, "$ref");
            if (reference == null || !reference.StartsWith(ComponentPrefix, StringComparison.Ordinal) || reference.IndexOf('/', ComponentPrefix.Length) >= 0)
            {
                return null;
            }

            return NameOfTarget(reference);
        }

        /// <summary>The components whose allOf names <paramref name="baseName"/> as their one base.</summary>
        public IReadOnlyList<string> DerivedFrom(string baseName) =>
            derived.TryGetValue(baseName, out var list) ? list : (IReadOnlyList<string>)new string[0];

        /// <summary>A <c>{"$ref": ...}</c> schema for the component, so folding it knows its name.</summary>
        public JsonElement Reference(string name)
        {
            // One engine serves concurrent requests; the cache is the only state that changes after construction.
            lock (references)
            {
                if (references.TryGetValue(name, out var cached))
                {
                    return cached;
                }
            }

            var pointer = ComponentPrefix + name.Replace("~", "~0").Replace("/", "~1").Replace("%", "%25");
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("$ref", pointer);
                writer.WriteEndObject();
            }

            // A parsed element outlives its document only as a clone.
            JsonElement reference;
            using (var parsed = JsonDocument.Parse(buffer.ToArray()))
            {
                reference = parsed.RootElement.Clone();
            }

            lock (references)
            {
                references[name] = reference;
            }

            return reference;
        }

        /// <summary>
        /// The value naming <paramref name="subtype"/> under the discriminated <paramref name="baseSchema"/>, as
        /// TypeHierarchy.ValueFor decides it: its mapping key, else AutoRest's <c>x-ms-discriminator-value</c>, else the
        /// one string the subtype's own discriminator property allows when no sibling allows the same, else the
        /// component name (OpenAPI's default). Siblings are the base's oneOf/anyOf branches, else its subtypes.
        /// </summary>
        public string ValueOf(JsonElement baseSchema, string? baseName, string subtype)
        {
            var mapping = MockDocument.Get(MockDocument.Get(baseSchema, "discriminator"), "mapping");
            if (mapping.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in mapping.EnumerateObject())
                {
                    var target = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() : null;
                    if (target != null && NameOfTarget(target) == subtype)
                    {
                        return entry.Name;
                    }
                }
            }

            var schemas = MockDocument.Get(MockDocument.Get(document.Root, "components"), "schemas");
            var component = MockDocument.Get(schemas, subtype);
            var propertyName = MockDocument.GetString(MockDocument.Get(baseSchema, "discriminator"), "propertyName");
            return MockDocument.GetString(component, "x-ms-discriminator-value")
                ?? (propertyName == null ? null : UniqueAllowedValue(baseSchema, baseName, subtype, propertyName))
                ?? subtype;
        }

        private string? UniqueAllowedValue(JsonElement baseSchema, string? baseName, string subtype, string propertyName)
        {
            var schemas = MockDocument.Get(MockDocument.Get(document.Root, "components"), "schemas");
            var values = AllowedValues(MockDocument.Get(schemas, subtype), propertyName);
            if (values == null || values.Count != 1)
            {
                return null;
            }

            foreach (var sibling in Siblings(baseSchema, baseName))
            {
                var other = sibling == subtype ? null : AllowedValues(MockDocument.Get(schemas, sibling), propertyName);
                if (other != null && other.Count == 1 && other[0] == values[0])
                {
                    return null;
                }
            }

            return values[0];
        }

        /// <summary>
        /// Whether a branch of a union (some branch is inline, so the typed code cannot make it a base class) is read
        /// by any of the several strings its own discriminator property allows (TypeHierarchy.OwnValues), so the
        /// synthesized value comes from that enum rather than being overridden.
        /// </summary>
        public bool IsNamedByOwnValues(JsonElement unionSchema, string subtype)
        {
            var propertyName = MockDocument.GetString(MockDocument.Get(unionSchema, "discriminator"), "propertyName");
            var branches = MockDocument.Get(unionSchema, "oneOf");
            branches = branches.ValueKind == JsonValueKind.Array ? branches : MockDocument.Get(unionSchema, "anyOf");
            if (propertyName == null || branches.ValueKind != JsonValueKind.Array || MockDocument.GetString(ComponentSchema(subtype), "x-ms-discriminator-value") != null)
            {
                return false;
            }

            var inline = false;
            foreach (var branch in branches.EnumerateArray())
            {
                inline |= ComponentName(branch) == null;
            }

            var mapping = MockDocument.Get(MockDocument.Get(unionSchema, "discriminator"), "mapping");
            if (!inline || (mapping.ValueKind == JsonValueKind.Object && ValueOf(unionSchema, null, subtype) != subtype))
            {
                return false;
            }

            var values = AllowedValues(ComponentSchema(subtype), propertyName);
            if (values == null || values.Count < 2)
            {
                return false;
            }

            foreach (var sibling in Siblings(unionSchema, null))
            {
                var other = sibling == subtype ? null : AllowedValues(ComponentSchema(sibling), propertyName);
                if (other != null && other.Exists(values.Contains))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the branch is itself a oneOf/anyOf of components the outer mapping does not name: the typed code
        /// reads it for its own branches' values (UnionBuilder.NestedValues), so the inner choice writes the value.
        /// </summary>
        public bool IsNestedChoice(JsonElement unionSchema, string subtype)
        {
            var mapping = MockDocument.Get(MockDocument.Get(unionSchema, "discriminator"), "mapping");
            if (mapping.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in mapping.EnumerateObject())
                {
                    if (entry.Value.ValueKind == JsonValueKind.String && NameOfTarget(entry.Value.GetString() ?? string.Empty) == subtype)
                    {
                        return false;
                    }
                }
            }

            var nested = ComponentSchema(subtype);
            var branches = MockDocument.Get(nested, "oneOf");
            branches = branches.ValueKind == JsonValueKind.Array ? branches : MockDocument.Get(nested, "anyOf");
            if (branches.ValueKind != JsonValueKind.Array || branches.GetArrayLength() == 0)
            {
                return false;
            }

            foreach (var branch in branches.EnumerateArray())
            {
                if (ComponentName(branch) == null)
                {
                    return false;
                }
            }

            return true;
        }

        private JsonElement ComponentSchema(string name) =>
            MockDocument.Get(MockDocument.Get(MockDocument.Get(document.Root, "components"), "schemas"), name);

        private IEnumerable<string> Siblings(JsonElement baseSchema, string? baseName)
        {
            foreach (var keyword in new[] { "oneOf", "anyOf" })
            {
                var branches = MockDocument.Get(baseSchema, keyword);
                if (branches.ValueKind == JsonValueKind.Array)
                {
                    var names = new List<string>();
                    foreach (var branch in branches.EnumerateArray())
                    {
                        var name = ComponentName(branch);
                        if (name != null)
                        {
                            names.Add(name);
                        }
                    }

                    return names;
                }
            }

            return baseName == null ? new string[0] : DerivedFrom(baseName);
        }

        private List<string>? AllowedValues(JsonElement component, string propertyName)
        {
            var parts = new List<JsonElement> { component };
            var all = MockDocument.Get(component, "allOf");
            if (all.ValueKind == JsonValueKind.Array)
            {
                foreach (var part in all.EnumerateArray())
                {
                    if (MockDocument.GetString(part, "$ref") == null)
                    {
                        parts.Add(part);
                    }
                }
            }

            foreach (var part in parts)
            {
                var property = MockDocument.Get(MockDocument.Get(part, "properties"), propertyName);
                if (property.ValueKind != JsonValueKind.Undefined)
                {
                    var listed = MockDocument.Get(document.Resolve(property), "enum");
                    if (listed.ValueKind != JsonValueKind.Array || listed.GetArrayLength() == 0)
                    {
                        return null;
                    }

                    var values = new List<string>();
                    foreach (var value in listed.EnumerateArray())
                    {
                        if (value.ValueKind != JsonValueKind.String)
                        {
                            return null;
                        }

                        var text = value.GetString() ?? string.Empty;
                        if (!values.Contains(text))
                        {
                            values.Add(text);
                        }
                    }

                    return values;
                }
            }

            return null;
        }

        // Mapping values are a reference (#/components/schemas/Cat) or a bare component name (Cat).
        private static string NameOfTarget(string target) =>
            target.StartsWith(ComponentPrefix, StringComparison.Ordinal)
                ? PathTemplate.Decode(target.Substring(ComponentPrefix.Length)).Replace("~1", "/").Replace("~0", "~")
                : target;

        /// <summary>
        /// The reference an alias stands for: <c>allOf: [$ref, {description}]</c> without properties is only a
        /// documented reference (SchemaShapes.IsAllOfAlias), so the typed code reads it as the referenced type.
        /// </summary>
        public static JsonElement? AliasTarget(JsonElement schema)
        {
            var parts = MockDocument.Get(schema, "allOf");
            if (parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() == 0 || MockDocument.GetString(parts[0], "$ref") == null)
            {
                return null;
            }

            var properties = MockDocument.Get(schema, "properties");
            if (properties.ValueKind == JsonValueKind.Object && properties.EnumerateObject().MoveNext())
            {
                return null;
            }

            for (var i = 1; i < parts.GetArrayLength(); i++)
            {
                if (!IsAnnotationOnly(parts[i]))
                {
                    return null;
                }
            }

            return parts[0];
        }

        private static readonly string[] Annotations = { "description", "title", "example", "examples", "default", "readOnly", "writeOnly", "deprecated", "externalDocs", "xml", "$comment" };

        private static bool IsAnnotationOnly(JsonElement part)
        {
            if (part.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            foreach (var member in part.EnumerateObject())
            {
                if (Array.IndexOf(Annotations, member.Name) < 0 && !member.Name.StartsWith("x-", StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        // TypeHierarchy's rule: allOf with exactly one $ref to a component makes that component the base, unless
        // the schema is only an alias of it.
        private static string? BaseOf(JsonElement schema)
        {
            var parts = MockDocument.Get(schema, "allOf");
            if (parts.ValueKind != JsonValueKind.Array || AliasTarget(schema) != null)
            {
                return null;
            }

            string? found = null;
            var count = 0;
            foreach (var part in parts.EnumerateArray())
            {
                if (MockDocument.GetString(part, "$ref") != null)
                {
                    count++;
                    found = ComponentName(part);
                }
            }

            return count == 1 ? found : null;
        }
    }
}
