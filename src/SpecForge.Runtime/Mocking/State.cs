// Shared runtime: stateful mode. A collection path (/things) and its item path (/things/{id}) share an in-memory
// store, so POST, PUT, PATCH and DELETE change what later GETs return; everything else is answered from the spec.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;
    using System.IO;
    using System.Text;
    using System.Text.Json;

    /// <summary>How an operation takes part in stateful mode.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class StatefulRole
    {
        public StatefulRole(bool isItem, string idParameter, string idField, JsonElement idSchema)
        {
            IsItem = isItem;
            IdParameter = idParameter;
            IdField = idField;
            IdSchema = idSchema;
        }

        /// <summary>True for <c>/things/{id}</c>, false for <c>/things</c>.</summary>
        public bool IsItem { get; }

        public string IdParameter { get; }

        /// <summary>The member of a stored object that holds its id.</summary>
        public string IdField { get; }

        public JsonElement IdSchema { get; }
    }

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed partial class MockState
    {
        private readonly object gate = new object();
        private readonly Dictionary<string, Collection> collections = new Dictionary<string, Collection>(StringComparer.Ordinal);
        private readonly MockEngine engine;

        public MockState(MockEngine engine)
        {
            this.engine = engine;
        }

        /// <summary>Pairs every <c>/x/{id}</c> path with an existing <c>/x</c> path and marks the operations of both.</summary>
        public static void AssignRoles(List<MockOperation> operations, MockDocument document)
        {
            var templates = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in operations)
            {
                templates.Add(operation.PathTemplate);
            }

            foreach (var item in operations)
            {
                var segments = item.Template.Segments;
                if (segments.Length == 0 || !segments[segments.Length - 1].IsWholeParameter)
                {
                    continue;
                }

                var parent = item.PathTemplate.Substring(0, item.PathTemplate.LastIndexOf('/'));
                if (!templates.Contains(parent.Length == 0 ? "/" : parent))
                {
                    continue;
                }

                var idParameter = segments[segments.Length - 1].Parts[0].Text;
                var idSchema = default(JsonElement);
                foreach (var parameter in item.Parameters)
                {
                    if (parameter.Location == ParameterLocation.Path && parameter.Name == idParameter)
                    {
                        idSchema = parameter.Schema;
                    }
                }

                var idField = IdField(operations, item.PathTemplate, idParameter, document);
                item.Stateful = new StatefulRole(true, idParameter, idField, idSchema);
                foreach (var collection in operations)
                {
                    if (collection.PathTemplate == parent && collection.Stateful == null)
                    {
                        collection.Stateful = new StatefulRole(false, idParameter, idField, idSchema);
                    }
                }
            }
        }

        // The path parameter's own name when the resource (what GET on the item path returns) has such a member
        // (uuid, key), else `id` when it has that, else the parameter's name.
        private static string IdField(List<MockOperation> operations, string itemTemplate, string idParameter, MockDocument document)
        {
            foreach (var operation in operations)
            {
                if (operation.Method != "GET" || operation.PathTemplate != itemTemplate)
                {
                    continue;
                }

                var success = operation.LowestSuccess();
                if (success == null || success.Content.Length == 0)
                {
                    break;
                }

                var resource = success.Content[0].Schema;
                if (MemberSchema(document, resource, "id").ValueKind != JsonValueKind.Undefined
                    && MemberSchema(document, resource, idParameter).ValueKind == JsonValueKind.Undefined)
                {
                    return "id";
                }
            }

            return idParameter;
        }

        // A member's schema as the synthesizer sees the object, through allOf too (Pet: allOf NewPet and { id }); undefined
        // when the object has no such member.
        private static JsonElement MemberSchema(MockDocument document, JsonElement objectSchema, string member)
        {
            foreach (var property in SynthesisView.Build(document, objectSchema, new SplitMix64(0)).Properties)
            {
                if (property.Key == member && property.Value.Count > 0)
                {
                    return property.Value[0];
                }
            }

            return default;
        }

        /// <summary>The stateful answer, or null to answer from the spec instead.</summary>
        public MockResponse? Handle(MockOperation operation, MockRequest request, RequestParts parts, JsonDocument? body)
        {
            var role = operation.Stateful;
            if (role == null)
            {
                return null;
            }

            var segments = PathTemplate.SplitPath(request.Path);
            var key = CollectionKey(segments, role.IsItem ? segments.Count - 1 : segments.Count);
            if (!role.IsItem)
            {
                switch (operation.Method)
                {
                    case "POST": return body != null && body.RootElement.ValueKind == JsonValueKind.Object ? Create(operation, role, key, body.RootElement) : null;
                    case "GET": return List(operation, key);
                    default: return null;
                }
            }

            if (!parts.PathValues.TryGetValue(role.IdParameter, out var id))
            {
                return null;
            }

            switch (operation.Method)
            {
                case "GET":
                case "HEAD":
                    return Read(operation, key, id, request.Method == "HEAD");
                case "PUT":
                    return body != null && body.RootElement.ValueKind == JsonValueKind.Object ? Replace(operation, role, key, id, body.RootElement) : null;
                case "PATCH":
                    return body != null ? Patch(operation, role, key, id, body.RootElement) : null;
                case "DELETE":
                    return Delete(operation, key, id);
                default:
                    return null;
            }
        }

        private static string CollectionKey(List<string> segments, int count)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                builder.Append('/').Append(PathTemplate.Decode(segments[i]));
            }

            return builder.ToString();
        }

        private Collection Get(string key)
        {
            if (!collections.TryGetValue(key, out var collection))
            {
                collection = new Collection();
                collections[key] = collection;
            }

            return collection;
        }

        /// <summary>One collection's objects, in insertion order.</summary>
        private sealed class Collection
        {
            public List<string> Order { get; } = new List<string>();

            public Dictionary<string, JsonElement> Items { get; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

            public long Created { get; set; }

            public void Put(string id, JsonElement value)
            {
                if (!Items.ContainsKey(id))
                {
                    Order.Add(id);
                }

                Items[id] = value;
            }

            public bool Remove(string id)
            {
                if (!Items.Remove(id))
                {
                    return false;
                }

                Order.Remove(id);
                return true;
            }
        }
    }
}
