package okhttp3;

public abstract class RequestBody {
    public static RequestBody create(byte[] content, MediaType contentType) { throw new UnsupportedOperationException("stub"); }
}
