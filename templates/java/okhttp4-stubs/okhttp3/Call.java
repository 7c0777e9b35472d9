package okhttp3;

public interface Call {
    Response execute() throws java.io.IOException;
}
