// The version of the extraction stored with each article's claims. Raise it
// with any change to lib/extract or its lexicons that changes what is
// extracted: `npm start` (and `npm run reextract`) then extract every older
// article again, so an upgrade reaches existing databases.
export const EXTRACTION_VERSION = 69;
