using System;

namespace SpecForge.Core.Diagnostics;

/// <summary>
/// The element SpecForge is working on, so that an unexpected exception (SF9999) is reported at that schema,
/// operation or documentation line rather than at the top of the file. Set per element by the stages that walk a
/// spec; read by an exception filter, which runs before the stack unwinds and the scopes close.
/// </summary>
internal static class ProcessingSite
{
    [ThreadStatic]
    private static Site? _current;

    /// <summary>Marks the element at <paramref name="pointer"/> of <paramref name="filePath"/> as the one being processed.</summary>
    public static Scope Enter(string filePath, ISourceLocator locator, string pointer) =>
        Push(new Site(filePath, () => locator.Locate(pointer), pointer));

    /// <summary>Marks a place in a documentation file as the one being processed.</summary>
    public static Scope Enter(string filePath, SourcePosition position, string what) =>
        Push(new Site(filePath, () => position, what));

    /// <summary>
    /// For an exception filter: true unless <paramref name="ex"/> is a cancellation, with the site where it was thrown
    /// (the filter runs before the scopes between here and the throw are closed).
    /// </summary>
    public static bool IsUnexpected(Exception ex, out (string FilePath, SourcePosition Position, string What)? site)
    {
        site = Current;
        return ex is not OperationCanceledException;
    }

    /// <summary>Where the innermost open scope points, or null outside any; positions are looked up only here.</summary>
    public static (string FilePath, SourcePosition Position, string What)? Current
    {
        get
        {
            var site = _current;
            if (site is null)
            {
                return null;
            }

            try
            {
                return (site.FilePath, site.Position(), site.What);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Locating is best effort; the file alone is still the right file.
                return (site.FilePath, SourcePosition.Start, site.What);
            }
        }
    }

    private static Scope Push(Site site)
    {
        var previous = _current;
        _current = site;
        return new Scope(previous);
    }

    /// <summary>Closes the site it opened, restoring the enclosing one.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly Site? _previous;

        internal Scope(Site? previous) => _previous = previous;

        public void Dispose() => _current = _previous;
    }

    internal sealed class Site
    {
        public Site(string filePath, Func<SourcePosition> position, string what)
        {
            FilePath = filePath;
            Position = position;
            What = what;
        }

        public string FilePath { get; }

        public Func<SourcePosition> Position { get; }

        public string What { get; }
    }
}
