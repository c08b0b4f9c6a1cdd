// Shared runtime: reads a request body no further than the mock's limit, so a host never buffers more than
// MockServerOptions.MaxRequestBodyBytes for one request, whatever the client declares or streams.
namespace SpecForge.Runtime.Mocking
{
    using System.IO;
    using System.Threading;
    using System.Threading.Tasks;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class MockBodyReader
    {
        private const int ChunkBytes = 81920;

        /// <summary>Whether a declared length alone is over the limit, so not a byte of the body needs reading.</summary>
        public static bool Exceeds(long? declaredLength, long limit) => declaredLength.HasValue && declaredLength.Value > limit;

        /// <summary>The body's bytes, or null as soon as it proves longer than <paramref name="limit"/> (the rest stays unread).</summary>
        public static async Task<byte[]?> ReadAsync(Stream body, long limit, CancellationToken cancellationToken)
        {
            using (var buffer = new MemoryStream())
            {
                var chunk = new byte[ChunkBytes];
                while (true)
                {
                    var read = await body.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return buffer.ToArray();
                    }

                    if (buffer.Length + read > limit)
                    {
                        return null;
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
        }
    }
}
