// Shared runtime: the few calls whose cancellable overloads arrived after netstandard2.0, in one place, so the rest of
// the runtime reads the same on every target.
namespace SpecForge.Runtime.Client
{
    /// <summary>Cancellable reads on every target; before .NET 5 (and 7 for lines) cancellation is checked between calls.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class Compat
    {
        public static global::System.Threading.Tasks.Task<byte[]> ReadBytesAsync(global::System.Net.Http.HttpContent content, global::System.Threading.CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            return content.ReadAsByteArrayAsync(cancellationToken);
#else
            cancellationToken.ThrowIfCancellationRequested();
            return content.ReadAsByteArrayAsync();
#endif
        }

        public static global::System.Threading.Tasks.Task<string> ReadStringAsync(global::System.Net.Http.HttpContent content, global::System.Threading.CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            return content.ReadAsStringAsync(cancellationToken);
#else
            cancellationToken.ThrowIfCancellationRequested();
            return content.ReadAsStringAsync();
#endif
        }

        public static global::System.Threading.Tasks.Task<global::System.IO.Stream> ReadStreamAsync(global::System.Net.Http.HttpContent content, global::System.Threading.CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            return content.ReadAsStreamAsync(cancellationToken);
#else
            cancellationToken.ThrowIfCancellationRequested();
            return content.ReadAsStreamAsync();
#endif
        }

        // Buffers the body so later reads come from memory; before .NET 5 cancelling disposes the content to stop the read.
        public static async global::System.Threading.Tasks.Task LoadIntoBufferAsync(global::System.Net.Http.HttpContent content, global::System.Threading.CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
            cancellationToken.ThrowIfCancellationRequested();
            using (cancellationToken.Register(static state => ((global::System.Net.Http.HttpContent)state!).Dispose(), content))
            {
                try
                {
                    await content.LoadIntoBufferAsync().ConfigureAwait(false);
                }
                catch (global::System.Exception exception) when (cancellationToken.IsCancellationRequested)
                {
                    throw new global::System.OperationCanceledException("The body was not read before the call was cancelled.", exception, cancellationToken);
                }
            }
#endif
        }

        public static global::System.Threading.Tasks.ValueTask<string?> ReadLineAsync(global::System.IO.StreamReader reader, global::System.Threading.CancellationToken cancellationToken)
        {
#if NET7_0_OR_GREATER
            return reader.ReadLineAsync(cancellationToken);
#else
            cancellationToken.ThrowIfCancellationRequested();
            return new global::System.Threading.Tasks.ValueTask<string?>(reader.ReadLineAsync());
#endif
        }
    }
}
