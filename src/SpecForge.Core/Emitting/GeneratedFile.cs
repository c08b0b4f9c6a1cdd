namespace SpecForge.Core.Emitting;

/// <summary>One generated source file: its hint name (<c>&lt;ClientName&gt;.&lt;Artifact&gt;[.&lt;Part&gt;].g.cs</c>) and text.</summary>
public sealed record GeneratedFile(string HintName, string Source);

/// <summary>Receives each file an emitter produces.</summary>
public delegate void AddSource(string hintName, string source);
