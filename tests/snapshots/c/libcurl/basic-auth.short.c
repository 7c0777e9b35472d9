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
