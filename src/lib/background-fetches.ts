/**
 * The id of the inert `<template>` in a built page's head listing what the
 * page's entry fetches in the background (the explorer's code, the data):
 * written by build/preload-app-chunk.ts, emptied into the head by
 * src/app/boot.ts, dropped from pages without the app by build/html/template.ts.
 */
export const BACKGROUND_FETCHES = 'background-fetches';
