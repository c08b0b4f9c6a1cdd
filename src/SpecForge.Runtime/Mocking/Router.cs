// Shared runtime: routes request paths to the document's path items (literal segments beat parameters) and says which
// methods a path allows, for 404 and 405 answers.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Text;

    /// <summary>
    /// A tree of path segments: at each level literal children are tried before mixed segments and those before a
    /// whole parameter, backtracking when a branch dead-ends, so <c>/pets/mine</c> beats <c>/pets/{id}</c>.
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class MockRouter
    {
        private readonly Node root = new Node();

        public void Add(PathTemplate template, MockPathItem item)
        {
            var node = root;
            foreach (var segment in template.Segments)
            {
                node = node.Child(segment);
            }

            node.Items.Add(item);
        }

        /// <summary>The path item for a raw request path, or null.</summary>
        public MockPathItem? Find(string rawPath)
        {
            var parts = PathTemplate.SplitPath(rawPath);
            return Find(root, parts, 0);
        }

        private static MockPathItem? Find(Node node, List<string> parts, int index)
        {
            if (index == parts.Count)
            {
                return node.Items.Count > 0 ? node.Items[0] : null;
            }

            var raw = parts[index];
            if (node.Literals.Count > 0 && node.Literals.TryGetValue(PathTemplate.Decode(raw), out var literal))
            {
                var found = Find(literal, parts, index + 1);
                if (found != null)
                {
                    return found;
                }
            }

            foreach (var mixed in node.Mixed)
            {
                if (mixed.Key.TryMatch(raw, null))
                {
                    var found = Find(mixed.Value, parts, index + 1);
                    if (found != null)
                    {
                        return found;
                    }
                }
            }

            return node.Parameter != null && raw.Length > 0 ? Find(node.Parameter, parts, index + 1) : null;
        }

        private sealed class Node
        {
            public Dictionary<string, Node> Literals { get; } = new Dictionary<string, Node>(StringComparer.Ordinal);

            public List<KeyValuePair<PathTemplate.Segment, Node>> Mixed { get; } = new List<KeyValuePair<PathTemplate.Segment, Node>>();

            public Node? Parameter { get; set; }

            public List<MockPathItem> Items { get; } = new List<MockPathItem>();

            public Node Child(PathTemplate.Segment segment)
            {
                if (segment.IsLiteral)
                {
                    if (!Literals.TryGetValue(segment.Literal, out var literal))
                    {
                        literal = new Node();
                        Literals[segment.Literal] = literal;
                    }

                    return literal;
                }

                if (segment.IsWholeParameter)
                {
                    return Parameter ??= new Node();
                }

                foreach (var mixed in Mixed)
                {
                    if (SameShape(mixed.Key, segment))
                    {
                        return mixed.Value;
                    }
                }

                var node = new Node();
                Mixed.Add(new KeyValuePair<PathTemplate.Segment, Node>(segment, node));
                return node;
            }

            private static bool SameShape(PathTemplate.Segment left, PathTemplate.Segment right)
            {
                if (left.Parts.Length != right.Parts.Length)
                {
                    return false;
                }

                for (var i = 0; i < left.Parts.Length; i++)
                {
                    if (left.Parts[i].IsParameter != right.Parts[i].IsParameter || (!left.Parts[i].IsParameter && left.Parts[i].Text != right.Parts[i].Text))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }

    /// <summary>The operations of one path template, by method.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class MockPathItem
    {
        public MockPathItem(PathTemplate template)
        {
            Template = template;
        }

        public PathTemplate Template { get; }

        public List<MockOperation> Operations { get; } = new List<MockOperation>();

        public MockOperation? Find(string method)
        {
            foreach (var operation in Operations)
            {
                if (string.Equals(operation.Method, method, StringComparison.Ordinal))
                {
                    return operation;
                }
            }

            return null;
        }

        /// <summary>The Allow header value for a 405.</summary>
        public string Allow()
        {
            var builder = new StringBuilder();
            foreach (var operation in Operations)
            {
                if (builder.Length > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(operation.Method);
            }

            return builder.ToString();
        }
    }
}
