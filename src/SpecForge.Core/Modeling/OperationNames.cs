using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Places each operation on the client or in its first tag's group and names its methods. Inside a group the tag's
/// words are dropped from the name (<c>getContactById</c> in <c>Contacts</c> → <c>GetById</c>) because the group
/// already says them; the full name is kept when dropping them would leave nothing or collide.
/// </summary>
internal sealed class OperationNames
{
    // Each operation has three methods; a base name is only free when all three are.
    private static readonly string[] MethodSuffixes = { string.Empty, "WithResponse", "All" };

    private readonly NameScope _typeNames;
    private readonly NameScope _clientMembers;
    private readonly NameShortened? _shortened;
    private readonly Dictionary<string, (OperationGroupModel Group, NameScope Methods)> _groups = new(StringComparer.Ordinal);

    public OperationNames(NameScope typeNames, string clientName, NameShortened? shortened = null)
    {
        _typeNames = typeNames;
        _shortened = shortened;

        // The client's own members, and object's, which a group property or method name must not hide.
        _clientMembers = new NameScope(NameLimits.MemberNameBytes, shortened, ReservedMembers.With(ReservedMembers.Client, clientName));
    }

    /// <summary>The groups in the order their tags were first met.</summary>
    public List<OperationGroupModel> Groups { get; } = new();

    /// <summary>Returns the group (null for the client itself) and the method's base name, without Async.</summary>
    /// <remarks><paramref name="pointer"/> is the operation's, where a name too long to keep is reported.</remarks>
    public (string? Group, string BaseName) Allocate(string? tag, string? tagDescription, string fullName, string pointer = "")
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return (null, AllocateMethod(_clientMembers, _clientMembers.Fit(fullName, pointer)));
        }

        if (!_groups.TryGetValue(tag!, out var group))
        {
            var property = _clientMembers.Allocate(TypeSized(Naming.ToPascalCase(tag!, "Operations"), pointer + "/tags/0"), pointer + "/tags/0");
            var typeName = _typeNames.Allocate(property + "Client", pointer + "/tags/0");
            var model = new OperationGroupModel(property, typeName, _typeNames.Allocate("I" + typeName, pointer + "/tags/0"), tag!, tagDescription);
            group = (model, new NameScope(NameLimits.MemberNameBytes, _shortened, ReservedMembers.Object));
            _groups.Add(tag!, group);
            Groups.Add(model);
        }

        var shortName = WithoutTag(fullName, group.Group.PropertyName);
        var name = shortName.Length > 0 && !IsTaken(group.Methods, shortName) ? shortName : fullName;
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

    private static string AllocateMethod(NameScope scope, string desired)
    {
        var candidate = desired;
        for (var suffix = 2; IsTaken(scope, candidate); suffix++)
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

    /// <summary>Drops the first run of words equal to the tag's (its last word singular or plural).</summary>
    private static string WithoutTag(string name, string tag)
    {
        var words = Words(name);
        var tagWords = Words(tag);
        if (tagWords.Count == 0)
        {
            return name;
        }

        for (var start = 0; start + tagWords.Count <= words.Count; start++)
        {
            if (Matches(words, start, tagWords))
            {
                words.RemoveRange(start, tagWords.Count);
                var result = string.Concat(words);
                return result.Length > 0 && !char.IsDigit(result[0]) ? result : string.Empty;
            }
        }

        return name;
    }

    private static bool Matches(List<string> words, int start, List<string> tagWords)
    {
        for (var i = 0; i < tagWords.Count; i++)
        {
            var word = words[start + i];
            var tagWord = tagWords[i];
            var isLast = i == tagWords.Count - 1;
            if (!string.Equals(word, tagWord, StringComparison.OrdinalIgnoreCase) && !(isLast && SameNoun(word, tagWord)))
            {
                return false;
            }
        }

        return true;
    }

    // "Pet" and "Pets", "Category" and "Categories", "Address" and "Addresses": the tag may be either number.
    private static bool SameNoun(string a, string b) => Singular(a).Equals(Singular(b), StringComparison.OrdinalIgnoreCase);

    private static string Singular(string word)
    {
        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 3)
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        if (word.EndsWith("sses", StringComparison.OrdinalIgnoreCase) || word.EndsWith("xes", StringComparison.OrdinalIgnoreCase))
        {
            return word.Substring(0, word.Length - 2);
        }

        return word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && word.Length > 1
            ? word.Substring(0, word.Length - 1)
            : word;
    }

    /// <summary>"GetPetByID" → Get, Pet, By, ID; "Http2Settings" → Http2, Settings.</summary>
    private static List<string> Words(string identifier)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            var startsWord = char.IsUpper(c) && current.Length > 0
                && (!char.IsUpper(identifier[i - 1]) || (i + 1 < identifier.Length && char.IsLower(identifier[i + 1])));
            if (startsWord)
            {
                Flush();
            }

            current.Append(c);
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
