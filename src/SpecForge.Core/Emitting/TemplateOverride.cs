namespace SpecForge.Core.Emitting;

/// <summary>A user's template: replaces the default template whose file name equals <see cref="FileName"/>.</summary>
/// <param name="FileName">The file name, e.g. <c>Dto.sbncs</c>.</param>
/// <param name="FilePath">Where the file is, for diagnostics.</param>
/// <param name="Text">The template text.</param>
public sealed record TemplateOverride(string FileName, string FilePath, string Text);
