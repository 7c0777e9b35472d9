package okhttp3;

public final class MultipartBody extends RequestBody {
    public static final MediaType FORM = MediaType.get("multipart/form-data");

    @Override public MediaType contentType() { return null; }

    @Override public void writeTo(okio.BufferedSink sink) {}

    public static final class Builder {
        public Builder setType(MediaType type) { return this; }
        public Builder addFormDataPart(String name, String value) { return this; }
        public Builder addFormDataPart(String name, String filename, RequestBody body) { return this; }
        public MultipartBody build() { throw new UnsupportedOperationException("stub"); }
    }
}
