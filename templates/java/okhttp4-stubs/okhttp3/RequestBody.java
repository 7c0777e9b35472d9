package okhttp3;

public abstract class RequestBody {
    public abstract MediaType contentType();

    public long contentLength() throws java.io.IOException { return -1; }

    public abstract void writeTo(okio.BufferedSink sink) throws java.io.IOException;

    public static RequestBody create(byte[] content, MediaType contentType) { throw new UnsupportedOperationException("stub"); }
}
