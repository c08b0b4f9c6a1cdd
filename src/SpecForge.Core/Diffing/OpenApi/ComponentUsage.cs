using System.Collections.Generic;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Which operations use each component pair, in requests and in responses, counting uses through other components.
/// Each component's differences are then reported once, by the rules of the directions it is used in.
/// </summary>
internal sealed class ComponentUsage
{
    private readonly Dictionary<ComponentPair, Users> _users = new();

    // First use first, so the report order does not depend on hashing.
    private readonly List<ComponentPair> _order = new();

    /// <summary>Records that operation <paramref name="operation"/> uses every pair <paramref name="walk"/> reached.</summary>
    public void Record(SchemaWalk walk, SchemaDirection direction, int operation)
    {
        foreach (var pair in walk.Reached)
        {
            UsersOf(pair).For(direction).Add(operation);
        }
    }

    /// <summary>Reports each used pair's differences at the component, once per rule.</summary>
    public void Report(DiffContext context, IReadOnlyList<string> operationLabels)
    {
        Propagate(context.Schemas);
        foreach (var pair in _order)
        {
            var users = _users[pair];
            var (count, first) = users.Request.CountWith(users.Response);
            var name = pair.OldId == pair.NewId ? $"'{pair.NewId}'" : $"'{pair.OldId}' (now '{pair.NewId}')";
            var usedBy = count == 1 && first >= 0 && first < operationLabels.Count
                ? "used by " + operationLabels[first]
                : $"used by {count} operations";
            var prefix = $"schema {name} ({usedBy}): ";
            foreach (var difference in context.Schemas.CompareComponents(pair).Differences)
            {
                var reported = new HashSet<DiffRule>();
                foreach (var direction in new[] { SchemaDirection.Request, SchemaDirection.Response })
                {
                    if (users.For(direction).IsEmpty || DifferenceRules.RuleFor(difference, direction, inParameter: false) is not { } rule || !reported.Add(rule))
                    {
                        continue;
                    }

                    var word = direction == SchemaDirection.Request ? "request" : "response";
                    var message = prefix + DifferenceRules.Describe(difference, rule, word + " schema", word + " property");
                    context.ReportComponent(pair.NewId, rule, message, difference.OldPointer, difference.NewPointer);
                }
            }
        }
    }

    // A component used by an operation is used, through it, by every component it refers to: pass the users down
    // until nothing changes. Each pass over a pair only continues when its users grew, so this ends.
    private void Propagate(SchemaComparer schemas)
    {
        var pending = new Queue<ComponentPair>(_order);
        var queued = new HashSet<ComponentPair>(_order);
        while (pending.Count > 0)
        {
            var pair = pending.Dequeue();
            queued.Remove(pair);
            var users = _users[pair];
            foreach (var child in schemas.CompareComponents(pair).Reached)
            {
                var childUsers = UsersOf(child);
                var grew = childUsers.Request.UnionWith(users.Request) | childUsers.Response.UnionWith(users.Response);
                if (grew && queued.Add(child))
                {
                    pending.Enqueue(child);
                }
            }
        }
    }

    private Users UsersOf(ComponentPair pair)
    {
        if (!_users.TryGetValue(pair, out var users))
        {
            _users[pair] = users = new Users();
            _order.Add(pair);
        }

        return users;
    }

    private sealed class Users
    {
        public OperationSet Request { get; } = new();

        public OperationSet Response { get; } = new();

        public OperationSet For(SchemaDirection direction) => direction == SchemaDirection.Request ? Request : Response;
    }
}
