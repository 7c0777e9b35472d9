#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

struct response {
    char *data;
    size_t size;
};

/* libcurl hands the response body over in pieces: keep them all. */
static size_t save_body(char *data, size_t size, size_t count, void *userdata)
{
    struct response *response = userdata;
    size_t length = size * count;
    char *grown = realloc(response->data, response->size + length);
    if (!grown)
        return 0; /* curl_easy_perform then fails with CURLE_WRITE_ERROR */
    memcpy(grown + response->size, data, length);
    response->data = grown;
    response->size += length;
    return length;
}

/* name=value&... with each name and value percent-encoded, in order; NULL when out of memory. */
static char *form_encode(CURL *curl, const char *const fields[][2], size_t count)
{
    char *body = calloc(1, 1);
    size_t length = 0;
    for (size_t i = 0; body && i < count; i++) {
        char *name = curl_easy_escape(curl, fields[i][0], 0);
        char *value = curl_easy_escape(curl, fields[i][1], 0);
        char *grown = name && value ? realloc(body, length + strlen(name) + strlen(value) + 3) : NULL;
        if (grown)
            length += sprintf(grown + length, "%s%s=%s", i ? "&" : "", name, value);
        else
            free(body);
        body = grown;
        curl_free(name);
        curl_free(value);
    }
    return body;
}

int main(void)
{
    static const char *const header_lines[] = {
        "Content-Type: application/x-www-form-urlencoded",
    };
    static const char *const fields[][2] = {
        {"grant_type", "client_credentials"},
    };
    struct response response = {NULL, 0};
    struct curl_slist *headers = NULL;
    char *payload = NULL;
    long status = 0;

    CURLcode res = curl_global_init(CURL_GLOBAL_DEFAULT);
    if (res != CURLE_OK) {
        fprintf(stderr, "curl_global_init failed: %s\n", curl_easy_strerror(res));
        return 1;
    }
    CURL *curl = curl_easy_init();
    if (!curl)
        res = CURLE_FAILED_INIT;

    /* From here on, each step runs only when every step before it succeeded. */
    for (size_t i = 0; res == CURLE_OK && i < sizeof header_lines / sizeof header_lines[0]; i++) {
        struct curl_slist *list = curl_slist_append(headers, header_lines[i]);
        if (list)
            headers = list;
        else
            res = CURLE_OUT_OF_MEMORY;
    }
    if (res == CURLE_OK) {
        payload = form_encode(curl, fields, sizeof fields / sizeof fields[0]);
        if (!payload)
            res = CURLE_OUT_OF_MEMORY;
    }

    if (res == CURLE_OK)
        res = curl_easy_setopt(curl, CURLOPT_URL, "https://{yourDomain}/oauth/token");
    if (res == CURLE_OK)
        res = curl_easy_setopt(curl, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
    if (res == CURLE_OK)
        res = curl_easy_setopt(curl, CURLOPT_USERNAME, "{clientId}");
    if (res == CURLE_OK)
        res = curl_easy_setopt(curl, CURLOPT_PASSWORD, "{clientSecret}");
    if (res == CURLE_OK)
        res = curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    if (res == CURLE_OK)
        res = curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(payload));
    if (res == CURLE_OK)
        res = curl_easy_setopt(curl, CURLOPT_POSTFIELDS, payload);
    if (res == CURLE_OK)
        res = curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, save_body);
    if (res == CURLE_OK)
        res = curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);

    if (res == CURLE_OK)
        res = curl_easy_perform(curl);
    if (res == CURLE_OK)
        res = curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);

    if (res == CURLE_OK) {
        printf("%ld\n", status);
        if (response.size > 0)
            fwrite(response.data, 1, response.size, stdout);
        putchar('\n');
    } else {
        fprintf(stderr, "Request failed: %s\n", curl_easy_strerror(res));
    }
    free(payload);
    free(response.data);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    curl_global_cleanup();
    return res == CURLE_OK ? 0 : 1;
}
