export * from './scheduler/index.js';
