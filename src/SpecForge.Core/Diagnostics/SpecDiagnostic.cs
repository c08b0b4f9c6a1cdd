namespace SpecForge.Core.Diagnostics;

/// <summary>
/// A problem found in an input, as a plain value: it crosses the incremental pipeline and the CLI alike,
/// and points at a 1-based line and column of <see cref="FilePath"/> (0 when the position is unknown).
/// </summary>
public sealed record SpecDiagnostic(
    string Id,
    SpecSeverity Severity,
    string Message,
    string FilePath,
    int Line,
    int Column)
{
    private readonly string _message = DiagnosticText.Inline(Message);
    private readonly string _filePath = DiagnosticText.Inline(FilePath);

    /// <summary>What is wrong; spec text inside it is escaped so it can never start a line of its own.</summary>
    public string Message
    {
        get => _message;
        init => _message = DiagnosticText.Inline(value);
    }

    /// <summary>The file the diagnostic is about, escaped like <see cref="Message"/>.</summary>
    public string FilePath
    {
        get => _filePath;
        init => _filePath = DiagnosticText.Inline(value);
    }

    /// <summary>Creates a diagnostic using the catalogue's default severity for <paramref name="id"/>.</summary>
    public static SpecDiagnostic Create(string id, string message, string filePath, int line = 0, int column = 0) =>
        new(id, DiagnosticCatalog.Get(id).DefaultSeverity, message, filePath, line, column);

    /// <summary>Creates a diagnostic at <paramref name="position"/>.</summary>
    public static SpecDiagnostic At(string id, string message, string filePath, SourcePosition position) =>
        Create(id, message, position.FilePath ?? filePath, position.Line, position.Column);

    /// <summary>The conventional <c>file(line,col): severity id: message</c> form compilers print.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{FilePath}({Line},{Column})" : FilePath;
        return $"{where}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
    }
}

/// <summary>A 1-based line and column in a source file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>
    /// The file the position is in when it is not the one being read: a part of a multi-file spec that a
    /// <c>$ref</c> brought in. Null for the spec file itself.
    /// </summary>
    public string? FilePath { get; init; }

    /// <summary>The start of a file, used when nothing better is known.</summary>
    public static SourcePosition Start => new(1, 1);
}
