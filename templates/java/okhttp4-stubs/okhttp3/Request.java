package okhttp3;

public class Request {
    public static class Builder {
        public Builder url(String url) { return this; }
        public Builder header(String name, String value) { return this; }
        public Builder addHeader(String name, String value) { return this; }
        public Builder get() { return this; }
        public Builder head() { return this; }
        public Builder post(RequestBody body) { return this; }
        public Builder put(RequestBody body) { return this; }
        public Builder patch(RequestBody body) { return this; }
        public Builder delete() { return this; }
        public Builder delete(RequestBody body) { return this; }
        public Builder method(String method, RequestBody body) { return this; }
        public Request build() { throw new UnsupportedOperationException("stub"); }
    }
}
