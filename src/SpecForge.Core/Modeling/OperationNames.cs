using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Places each operation on the client or in its first tag's group and names its methods. Inside a group the tag's
/// words are dropped from the name (<c>getMovieByMovieId</c> in <c>Movies</c> → <c>GetById</c>) because the group
/// already says them; the full name is kept when dropping them would leave nothing or collide
/// (<see cref="GroupMethodNames"/>). The client itself keeps full names: nothing there says the tag.
/// </summary>
internal sealed class OperationNames
{
    // Each operation has three methods; a base name is only free when all three are.
    private static readonly string[] MethodSuffixes = { string.Empty, "WithResponse", "All" };

    // An operation on the client also declares a private sender (XRequest, or XSendAsync when a hook awaits), which a
    // group property must not be named like (CS0102). Two operations' members never clash, so these names stay out of
    // the scope, where they would rename an operation called XRequest for no reason.
    private static readonly string[] SenderSuffixes = { "Request", "SendAsync" };

    private readonly NameScope _typeNames;
    private readonly NameScope _clientMembers;
    private readonly NameShortened? _shortened;
    private readonly Dictionary<string, (OperationGroupModel Group, NameScope Methods)> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _planned = new(StringComparer.Ordinal);
    private readonly HashSet<string> _clientSenders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groupProperties = new(StringComparer.Ordinal);

    public OperationNames(NameScope typeNames, string clientName, NameShortened? shortened = null)
    {
        _typeNames = typeNames;
        _shortened = shortened;

        // The client's own members, and object's, which a group property or method name must not hide.
        _clientMembers = new NameScope(NameLimits.MemberNameBytes, shortened, ReservedMembers.With(ReservedMembers.Client, clientName));
    }

    /// <summary>The groups in the order their tags were first met.</summary>
    public List<OperationGroupModel> Groups { get; } = new();

    /// <summary>
    /// Takes every operation's first tag and full name before any is allocated, since whether one operation may drop
    /// its tag's words depends on the names of the others in its group. An operation not planned keeps its full name.
    /// </summary>
    public void Plan(IEnumerable<(string? Tag, string FullName)> operations)
    {
        var byTag = operations.Where(o => !string.IsNullOrWhiteSpace(o.Tag)).GroupBy(o => o.Tag!, StringComparer.Ordinal);
        foreach (var group in byTag)
        {
            var fullNames = group.Select(o => o.FullName).ToList();
            _planned[group.Key] = GroupMethodNames.Choose(Naming.ToPascalCase(group.Key, "Operations"), fullNames, ReservedMembers.Object, MethodSuffixes);
        }
    }

    /// <summary>Returns the group (null for the client itself) and the method's base name, without Async.</summary>
    /// <remarks><paramref name="pointer"/> is the operation's, where a name too long to keep is reported.</remarks>
    public (string? Group, string BaseName) Allocate(string? tag, string? tagDescription, string fullName, string pointer = "")
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            var method = AllocateMethod(_clientMembers, _clientMembers.Fit(fullName, pointer), _groupProperties);
            foreach (var suffix in SenderSuffixes)
            {
                _clientSenders.Add(method + suffix);
            }

            return (null, method);
        }

        if (!_groups.TryGetValue(tag!, out var group))
        {
            var property = _clientMembers.Allocate(TypeSized(Naming.ToPascalCase(tag!, "Operations"), pointer + "/tags/0"), pointer + "/tags/0", _clientSenders.ToArray());
            _groupProperties.Add(property);
            var typeName = _typeNames.Allocate(property + "Client", pointer + "/tags/0");
            var model = new OperationGroupModel(property, typeName, _typeNames.Allocate("I" + typeName, pointer + "/tags/0"), tag!, tagDescription);
            group = (model, new NameScope(NameLimits.MemberNameBytes, _shortened, ReservedMembers.Object));
            _groups.Add(tag!, group);
            Groups.Add(model);
        }

        var name = _planned.TryGetValue(tag!, out var planned) && planned.TryGetValue(fullName, out var chosen) && !IsTaken(group.Methods, chosen)
            ? chosen
            : fullName;
        return (group.Group.PropertyName, AllocateMethod(group.Methods, group.Methods.Fit(name, pointer)));
    }

    // A group's property also names its class, interface and file (I<Property>Client), so it keeps to the type limit.
    private string TypeSized(string name, string pointer)
    {
        var limit = NameLimits.TypeNameBytes - "IClient".Length;
        if (NameLimits.Fits(name, limit))
        {
            return name;
        }

        var shortened = NameLimits.Shorten(name, limit);
        _shortened?.Invoke(name, shortened, pointer);
        return shortened;
    }

    private static string AllocateMethod(NameScope scope, string desired, HashSet<string>? groupProperties = null)
    {
        var candidate = desired;
        for (var suffix = 2; IsTaken(scope, candidate) || (groupProperties is not null && SenderSuffixes.Any(s => groupProperties.Contains(candidate + s))); suffix++)
        {
            candidate = desired + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var methodSuffix in MethodSuffixes)
        {
            scope.Reserve(candidate + methodSuffix);
        }

        return candidate;
    }

    private static bool IsTaken(NameScope scope, string baseName) => MethodSuffixes.Any(s => scope.IsTaken(baseName + s));
}
