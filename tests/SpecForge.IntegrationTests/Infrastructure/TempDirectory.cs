using System;
using System.IO;

namespace SpecForge.IntegrationTests.Infrastructure;

/// <summary>A fresh folder under the system temp path, outside the repository, removed again on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing a green test over it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
