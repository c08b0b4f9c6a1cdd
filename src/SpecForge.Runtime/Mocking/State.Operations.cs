// Shared runtime: what each stateful request does to the store (create, list, read, replace, merge-patch, delete)
// and how the stored objects are shaped into the operation's response.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;
    using System.IO;
    using System.Text.Json;

    sealed partial class MockState
    {
        private const string JsonMediaType = "application/json";

        private MockResponse Create(MockOperation operation, StatefulRole role, string key, JsonElement body)
        {
            var schema = ResponseSchema(operation);
            var idSchema = IdSchema(role, schema);
            JsonElement stored;
            string id;
            lock (gate)
            {
                var collection = Get(key);
                collection.Created++;

                // A given id the response could not carry (a string where it has an integer) is replaced, as the API would.
                var idValue = body.TryGetProperty(role.IdField, out var given)
                    && (given.ValueKind == JsonValueKind.String || given.ValueKind == JsonValueKind.Number)
                    && (idSchema.ValueKind == JsonValueKind.Undefined || engine.Passes(given, idSchema))
                    ? given
                    : FreshId(collection, idSchema, role.IdParameter);
                stored = Shape(WithMember(body, role.IdField, idValue), schema, key, collection.Created);
                id = IdText(stored.TryGetProperty(role.IdField, out var kept) ? kept : idValue);
                collection.Put(id, stored);
            }

            return Success(operation, stored, "stored '" + id + "'");
        }

        private MockResponse List(MockOperation operation, string key)
        {
            var items = new List<JsonElement>();
            lock (gate)
            {
                if (collections.TryGetValue(key, out var collection))
                {
                    foreach (var id in collection.Order)
                    {
                        items.Add(collection.Items[id]);
                    }
                }
            }

            var success = operation.LowestSuccess();
            var status = success != null && success.IsExplicit ? success.Status : 200;
            var media = success == null ? null : FirstJson(success);
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                var member = media == null ? null : ArrayMember(media);
                if (member == null)
                {
                    WriteArray(writer, items);
                }
                else
                {
                    WriteWrapped(writer, operation, success!, media!, member, items);
                }
            }

            var count = items.Count.ToString(CultureInfo.InvariantCulture);
            return new MockResponse(status, null, media?.MediaType ?? JsonMediaType, buffer.ToArray(), null, status.ToString(CultureInfo.InvariantCulture) + " stateful list of " + count);
        }

        private MockResponse Read(MockOperation operation, string key, string id, bool head)
        {
            JsonElement stored;
            lock (gate)
            {
                if (!collections.TryGetValue(key, out var collection) || !collection.Items.TryGetValue(id, out stored))
                {
                    return NotFound(key, id);
                }
            }

            var response = Success(operation, stored, "stateful read '" + id + "'");
            return head ? new MockResponse(response.Status, response.Headers, response.ContentType, null, null, response.Outcome) : response;
        }

        private MockResponse Replace(MockOperation operation, StatefulRole role, string key, string id, JsonElement body)
        {
            var schema = ResponseSchema(operation);
            var stored = Shape(WithMember(body, role.IdField, IdValue(IdSchema(role, schema), id)), schema, key, 0);
            lock (gate)
            {
                Get(key).Put(id, stored);
            }

            return Success(operation, stored, "stateful replace '" + id + "'");
        }

        private MockResponse Patch(MockOperation operation, StatefulRole role, string key, string id, JsonElement patch)
        {
            JsonElement merged;
            lock (gate)
            {
                if (!collections.TryGetValue(key, out var collection) || !collection.Items.TryGetValue(id, out var current))
                {
                    return NotFound(key, id);
                }

                merged = Shape(MergePatch(current, patch), ResponseSchema(operation), key, collection.Created);
                collection.Put(id, merged);
            }

            return Success(operation, merged, "stateful patch '" + id + "'");
        }

        private MockResponse Delete(MockOperation operation, string key, string id)
        {
            JsonElement removed;
            lock (gate)
            {
                if (!collections.TryGetValue(key, out var collection) || !collection.Items.TryGetValue(id, out removed))
                {
                    return NotFound(key, id);
                }

                collection.Remove(id);
            }

            return Success(operation, removed, "stateful delete '" + id + "'");
        }

        private static MockResponse NotFound(string key, string id) =>
            MockProblems.Create(404, "not-found", "Not Found", "No object with id '" + id + "' is stored in " + key + ".", null, null, "404 stateful '" + id + "' not found");

        // The operation's first 2xx status; its body is the stored object unless that response has no content (204),
        // shaped to that response's schema, which may differ from the one it was stored under.
        private MockResponse Success(MockOperation operation, JsonElement value, string outcome)
        {
            var success = operation.LowestSuccess();
            var status = success != null && success.IsExplicit ? success.Status : 200;
            var statusText = status.ToString(CultureInfo.InvariantCulture) + " ";
            if (status == 204 || (success != null && success.Content.Length == 0))
            {
                return new MockResponse(status, success?.HeaderValues, null, null, null, statusText + outcome);
            }

            var media = success == null ? null : FirstJson(success);
            var body = media != null && media.HasSchema ? Shape(value, media.Schema, operation.Key, 0) : value;
            return new MockResponse(status, success?.HeaderValues, media?.MediaType ?? JsonMediaType, Bytes(body), null, statusText + outcome);
        }

        /// <summary>The schema of the operation's first 2xx JSON body, or undefined when it has none.</summary>
        private static JsonElement ResponseSchema(MockOperation operation)
        {
            var success = operation.LowestSuccess();
            var media = success == null ? null : FirstJson(success);
            return media != null && media.HasSchema ? media.Schema : default;
        }

        // The id member's schema in the response, which is what a client reads the id into; else the path parameter's.
        private JsonElement IdSchema(StatefulRole role, JsonElement responseSchema)
        {
            var member = responseSchema.ValueKind == JsonValueKind.Undefined ? default : MemberSchema(engine.Document, responseSchema, role.IdField);
            return member.ValueKind == JsonValueKind.Undefined ? role.IdSchema : member;
        }

        private JsonElement Shape(JsonElement value, JsonElement schema, string key, long sequence) =>
            schema.ValueKind == JsonValueKind.Undefined
                ? value
                : engine.Conform(value, schema, MockHash.Combine(MockHash.Of("stored " + key), (ulong)sequence + (ulong)(uint)engine.Options.Seed * 0x100000000UL));

        // The next sequence number that is not already a stored id (a client may have chosen ids of its own).
        private JsonElement FreshId(Collection collection, JsonElement idSchema, string idParameter)
        {
            while (true)
            {
                var candidate = NewId(idSchema, idParameter, collection.Created);
                if (!collection.Items.ContainsKey(IdText(candidate)))
                {
                    return candidate;
                }

                collection.Created++;
            }
        }

        private static string IdText(JsonElement id) => id.ValueKind == JsonValueKind.String ? id.GetString() ?? string.Empty : id.GetRawText();

        private static MockMedia? FirstJson(MockResponseSpec response)
        {
            foreach (var media in response.Content)
            {
                if (media.IsJson)
                {
                    return media;
                }
            }

            return null;
        }

        /// <summary>The one array member of an object response (<c>data</c>, <c>items</c>); null for an array response.</summary>
        private string? ArrayMember(MockMedia media)
        {
            var document = engine.Document;
            var schema = document.Resolve(media.Schema);
            if (schema.ValueKind != JsonValueKind.Object || document.KindOf(schema) == ScalarKind.Array)
            {
                return null;
            }

            var properties = MockDocument.Get(schema, "properties");
            if (properties.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            string? member = null;
            foreach (var property in properties.EnumerateObject())
            {
                if (document.KindOf(property.Value) == ScalarKind.Array)
                {
                    if (member != null)
                    {
                        return null;
                    }

                    member = property.Name;
                }
            }

            return member;
        }

        // The spec's usual answer (pagination fields and all) with its array member replaced by the stored objects.
        private void WriteWrapped(Utf8JsonWriter writer, MockOperation operation, MockResponseSpec success, MockMedia media, string member, List<JsonElement> items)
        {
            var template = engine.DefaultBody(operation, success, media).Bytes;
            writer.WriteStartObject();
            if (template.Length > 0)
            {
                using (var parsed = JsonDocument.Parse(template))
                {
                    if (parsed.RootElement.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in parsed.RootElement.EnumerateObject())
                        {
                            if (property.Name != member)
                            {
                                property.WriteTo(writer);
                            }
                        }
                    }
                }
            }

            writer.WritePropertyName(member);
            WriteArray(writer, items);
            writer.WriteEndObject();
        }

        private static void WriteArray(Utf8JsonWriter writer, List<JsonElement> items)
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                item.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        /// <summary>A new id: the next number for integer ids, else a value synthesized from the id's schema.</summary>
        private JsonElement NewId(JsonElement idSchema, string idParameter, long sequence)
        {
            var kind = idSchema.ValueKind == JsonValueKind.Undefined ? ScalarKind.String : engine.Document.KindOf(idSchema);
            if (kind == ScalarKind.Integer || kind == ScalarKind.Number)
            {
                return Parse(sequence.ToString(CultureInfo.InvariantCulture));
            }

            if (idSchema.ValueKind == JsonValueKind.Undefined)
            {
                return Parse("\"" + sequence.ToString(CultureInfo.InvariantCulture) + "\"");
            }

            var seed = MockHash.Combine(MockHash.Of("id " + idParameter), (ulong)sequence + (ulong)(uint)engine.Options.Seed * 0x100000000UL);
            return Parse(engine.Synthesize(idSchema, seed));
        }

        private JsonElement IdValue(JsonElement idSchema, string id)
        {
            var kind = idSchema.ValueKind == JsonValueKind.Undefined ? ScalarKind.String : engine.Document.KindOf(idSchema);
            if ((kind == ScalarKind.Integer || kind == ScalarKind.Number) && decimal.TryParse(id, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return Parse(id);
            }

            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStringValue(id);
            }

            return Parse(buffer.ToArray());
        }

        private static JsonElement WithMember(JsonElement body, string name, JsonElement value)
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WritePropertyName(name);
                value.WriteTo(writer);
                foreach (var property in body.EnumerateObject())
                {
                    if (property.Name != name)
                    {
                        property.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }

            return Parse(buffer.ToArray());
        }

        /// <summary>RFC 7396 JSON merge patch: objects merge member by member, null removes, anything else replaces.</summary>
        public static JsonElement MergePatch(JsonElement target, JsonElement patch)
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteMerged(writer, target, patch);
            }

            return Parse(buffer.ToArray());
        }

        private static void WriteMerged(Utf8JsonWriter writer, JsonElement target, JsonElement patch)
        {
            if (patch.ValueKind != JsonValueKind.Object)
            {
                patch.WriteTo(writer);
                return;
            }

            writer.WriteStartObject();
            if (target.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in target.EnumerateObject())
                {
                    if (!patch.TryGetProperty(property.Name, out var change))
                    {
                        property.WriteTo(writer);
                    }
                    else if (change.ValueKind != JsonValueKind.Null)
                    {
                        writer.WritePropertyName(property.Name);
                        WriteMerged(writer, property.Value, change);
                    }
                }
            }

            foreach (var property in patch.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Null && (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(property.Name, out _)))
                {
                    writer.WritePropertyName(property.Name);
                    WriteMerged(writer, default, property.Value);
                }
            }

            writer.WriteEndObject();
        }

        private static byte[] Bytes(JsonElement value) => System.Text.Encoding.UTF8.GetBytes(value.GetRawText());

        private static JsonElement Parse(string json) => Parse(System.Text.Encoding.UTF8.GetBytes(json));

        private static JsonElement Parse(byte[] json)
        {
            using (var parsed = JsonDocument.Parse(json))
            {
                return parsed.RootElement.Clone();
            }
        }
    }
}
