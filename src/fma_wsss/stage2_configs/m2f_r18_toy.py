# A tiny Mask2Former for the toy on 2 CPU cores: ResNet-18 from scratch, 64-wide head, 10 queries, one pixel-decoder
# layer, 2 transformer-decoder layers, 64x64 crops. Everything else (losses, matcher weights, AdamW, grad clip, poly
# schedule, pipelines) is the VOC recipe's, scaled to the toy's image size.
_base_ = ["mmseg::mask2former/mask2former_r50_8xb2-160k_ade20k-512x512.py"]
custom_imports = dict(imports=["mmdet.models", "fma_wsss.stage2"], allow_failed_imports=False)

num_classes = 7
crop_size = (64, 64)
feat = 64
data_preprocessor = dict(size=crop_size, test_cfg=dict(size_divisor=32))
model = dict(
    data_preprocessor=data_preprocessor,
    backbone=dict(depth=18, norm_cfg=dict(type="BN", requires_grad=True), init_cfg=None),
    decode_head=dict(
        in_channels=[64, 128, 256, 512], feat_channels=feat, out_channels=feat, num_classes=num_classes,
        num_queries=10,
        pixel_decoder=dict(
            encoder=dict(num_layers=1, layer_cfg=dict(self_attn_cfg=dict(embed_dims=feat, num_heads=4),
                                                      ffn_cfg=dict(embed_dims=feat, feedforward_channels=4 * feat))),
            positional_encoding=dict(num_feats=feat // 2)),
        positional_encoding=dict(num_feats=feat // 2),
        transformer_decoder=dict(num_layers=2, layer_cfg=dict(
            self_attn_cfg=dict(embed_dims=feat, num_heads=4), cross_attn_cfg=dict(embed_dims=feat, num_heads=4),
            ffn_cfg=dict(embed_dims=feat, feedforward_channels=4 * feat))),
        loss_cls=dict(class_weight=[1.0] * num_classes + [0.1]),
        train_cfg=dict(num_points=1024)),
)
train_pipeline = [
    dict(type="LoadImageFromFile"),
    dict(type="LoadAnnotations"),
    dict(type="RandomResize", scale=(256, 64), ratio_range=(0.5, 2.0), keep_ratio=True),
    dict(type="RandomCrop", crop_size=crop_size, cat_max_ratio=0.75),
    dict(type="RandomFlip", prob=0.5),
    dict(type="PhotoMetricDistortion"),
    dict(type="Pad", size=crop_size),
    dict(type="PackSegInputs"),
]
test_pipeline = [
    dict(type="LoadImageFromFile"),
    dict(type="Resize", scale=(256, 64), keep_ratio=True),
    dict(type="LoadAnnotations"),
    dict(type="PackSegInputs"),
]
train_dataloader = dict(
    _delete_=True, batch_size=8, num_workers=0, persistent_workers=False,
    sampler=dict(type="InfiniteSampler", shuffle=True),
    dataset=dict(type="FmaSegDataset", pipeline=train_pipeline))
val_dataloader = dict(
    _delete_=True, batch_size=1, num_workers=0, persistent_workers=False,
    sampler=dict(type="DefaultSampler", shuffle=False),
    dataset=dict(type="FmaSegDataset", pipeline=test_pipeline))
test_dataloader = val_dataloader
val_evaluator = dict(type="IoUMetric", iou_metrics=["mIoU"])
test_evaluator = val_evaluator

max_iters = 600
param_scheduler = [dict(type="PolyLR", eta_min=0, power=0.9, begin=0, end=max_iters, by_epoch=False)]
train_cfg = dict(type="IterBasedTrainLoop", max_iters=max_iters, val_interval=200)
default_hooks = dict(checkpoint=dict(type="CheckpointHook", by_epoch=False, interval=200, save_best="mIoU"),
                     logger=dict(type="LoggerHook", interval=20, log_metric_by_epoch=False))
