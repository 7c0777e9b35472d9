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

int main(void)
{
    struct response response = {NULL, 0};
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
    if (res == CURLE_OK)
        res = curl_easy_setopt(curl, CURLOPT_URL, "http://cache.example.com:8080/page");
    if (res == CURLE_OK)
        res = curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PURGE");
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
    free(response.data);
    curl_easy_cleanup(curl);
    curl_global_cleanup();
    return res == CURLE_OK ? 0 : 1;
}
